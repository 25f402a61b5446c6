//! The memory allocator of generated programs: per-thread free lists of small blocks.
//!
//! Python programs allocate and free small objects all the time (tuples, boxed values,
//! instances, iterators). The system allocators spend much of their time there: glibc's
//! `malloc`/`free` were 15–20% of `benchmarks/programs/binary_trees.py` natively, once
//! more blocks are freed at a time than its per-thread cache holds; dlmalloc does the
//! same work under WASI. [`PyAlloc`] serves blocks of up to [`MAX_SMALL`] bytes from
//! per-size-class free lists, refilled from 64 KiB chunks, and leaves larger blocks to
//! the system allocator. Small blocks are never returned to the system (a program that
//! frees many small objects reuses their memory for objects of the same size class).
//!
//! Generated `main.rs` files install it with
//! `#[global_allocator] static ALLOC: pyrt::memory::PyAlloc = pyrt::memory::PyAlloc;`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

/// Size classes are multiples of this (also the alignment every small block has).
const GRAIN: usize = 16;
/// The largest block served from the free lists.
pub const MAX_SMALL: usize = 256;
const CLASSES: usize = MAX_SMALL / GRAIN;
/// Bytes taken from the system allocator at a time for small blocks.
const CHUNK: usize = 64 * 1024;

/// One thread's free lists and the unused tail of its current chunk.
struct Arena {
    free: [Cell<*mut u8>; CLASSES],
    next: Cell<*mut u8>,
    end: Cell<*mut u8>,
}

const NO_BLOCK: Cell<*mut u8> = Cell::new(ptr::null_mut());

thread_local! {
    // A `const` thread-local without a destructor: reading it never allocates, so the
    // allocator can use it.
    static ARENA: Arena = const { Arena { free: [NO_BLOCK; CLASSES], next: NO_BLOCK, end: NO_BLOCK } };
}

/// The global allocator of generated programs (see the module documentation).
pub struct PyAlloc;

#[inline]
fn small_class(layout: &Layout) -> Option<usize> {
    if layout.size() <= MAX_SMALL && layout.align() <= GRAIN {
        Some(layout.size().saturating_sub(1) / GRAIN)
    } else {
        None
    }
}

impl Arena {
    #[inline]
    fn alloc(&self, class: usize) -> *mut u8 {
        let head = self.free[class].get();
        if !head.is_null() {
            // SAFETY: `head` is a free block of this class; its first word holds the next free block
            // (written by `free`), and blocks are GRAIN-aligned, so the read is aligned.
            self.free[class].set(unsafe { *(head as *mut *mut u8) });
            return head;
        }
        self.carve(class)
    }

    #[cold]
    fn carve(&self, class: usize) -> *mut u8 {
        let size = (class + 1) * GRAIN;
        let next = self.next.get();
        if !next.is_null() && (self.end.get() as usize) - (next as usize) >= size {
            // SAFETY: `next + size` stays within the current chunk (checked just above).
            self.next.set(unsafe { next.add(size) });
            return next;
        }
        // SAFETY: CHUNK is non-zero and GRAIN a power of two.
        let chunk = unsafe { System.alloc(Layout::from_size_align_unchecked(CHUNK, GRAIN)) };
        if chunk.is_null() {
            return chunk;
        }
        // The rest of the old chunk is abandoned (less than `size` bytes).
        // SAFETY: `size <= MAX_SMALL < CHUNK`, so both pointers stay within the new chunk.
        unsafe {
            self.next.set(chunk.add(size));
            self.end.set(chunk.add(CHUNK));
        }
        chunk
    }

    #[inline]
    fn free(&self, block: *mut u8, class: usize) {
        // SAFETY: `block` was handed out for this class and is no longer used by the program, so
        // its first word (GRAIN-aligned, at least GRAIN bytes long) can hold the list link.
        unsafe { *(block as *mut *mut u8) = self.free[class].get() };
        self.free[class].set(block);
    }
}

// SAFETY: small blocks come from GRAIN-aligned chunks in GRAIN-sized steps, so each is aligned
// for any layout with `align <= GRAIN`, and is at least `layout.size()` bytes (its class rounds
// up). Each thread has its own free lists (a block freed on another thread joins that thread's
// list, which is sound: a free block is plain memory of its class). Everything else goes to
// `System` with the caller's layout, and `dealloc`/`realloc` route by the same layout test.
unsafe impl GlobalAlloc for PyAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match small_class(&layout) {
            Some(class) => ARENA.with(|a| a.alloc(class)),
            None => System.alloc(layout),
        }
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        match small_class(&layout) {
            Some(class) => ARENA.with(|a| a.free(block, class)),
            None => System.dealloc(block, layout),
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        match (small_class(&layout), small_class(&new_layout)) {
            (Some(old), Some(new)) if old == new => block,
            (None, None) => System.realloc(block, layout, new_size),
            _ => {
                let fresh = self.alloc(new_layout);
                if !fresh.is_null() {
                    ptr::copy_nonoverlapping(block, fresh, layout.size().min(new_size));
                    self.dealloc(block, layout);
                }
                fresh
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_blocks_are_aligned_reused_and_distinct() {
        let a = PyAlloc;
        unsafe {
            let l = Layout::from_size_align(24, 8).unwrap();
            let x = a.alloc(l);
            let y = a.alloc(l);
            assert!(!x.is_null() && !y.is_null() && x != y);
            assert_eq!(x as usize % GRAIN, 0);
            ptr::write_bytes(x, 0xAB, 24);
            ptr::write_bytes(y, 0xCD, 24);
            assert_eq!(*x.add(23), 0xAB);
            a.dealloc(x, l);
            // The freed block is the next one of its class.
            assert_eq!(a.alloc(l), x);
            a.dealloc(x, l);
            a.dealloc(y, l);
        }
    }

    #[test]
    fn realloc_keeps_contents_across_classes_and_to_the_system() {
        let a = PyAlloc;
        unsafe {
            let l = Layout::from_size_align(10, 1).unwrap();
            let p = a.alloc(l);
            for i in 0..10 { *p.add(i) = i as u8; }
            let p = a.realloc(p, l, 200);
            let l = Layout::from_size_align(200, 1).unwrap();
            for i in 0..10 { assert_eq!(*p.add(i), i as u8); }
            let p = a.realloc(p, l, 5000);
            let l = Layout::from_size_align(5000, 1).unwrap();
            for i in 0..10 { assert_eq!(*p.add(i), i as u8); }
            let p = a.realloc(p, l, 3);
            assert_eq!(*p.add(2), 2);
            a.dealloc(p, Layout::from_size_align(3, 1).unwrap());
        }
    }

    #[test]
    fn many_blocks_span_chunks() {
        let a = PyAlloc;
        unsafe {
            let l = Layout::from_size_align(MAX_SMALL, 16).unwrap();
            let blocks: Vec<*mut u8> = (0..1000).map(|i| { let p = a.alloc(l); ptr::write_bytes(p, i as u8, MAX_SMALL); p }).collect();
            for (i, &p) in blocks.iter().enumerate() {
                assert_eq!(*p, i as u8);
                assert_eq!(*p.add(MAX_SMALL - 1), i as u8);
            }
            for &p in &blocks { a.dealloc(p, l); }
            let big = Layout::from_size_align(64, 64).unwrap();
            let q = a.alloc(big);
            assert_eq!(q as usize % 64, 0);
            a.dealloc(q, big);
        }
    }
}
