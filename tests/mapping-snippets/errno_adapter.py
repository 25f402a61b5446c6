# Snippet for the 'errno' adapter (generated from CPython by eng/scripts/gen_errno.py).
import errno
from errno import ENOENT, EACCES, errorcode

print(ENOENT, EACCES, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK, errno.EDEADLOCK == errno.EDEADLK)
print(errorcode[ENOENT], errorcode[errno.EAGAIN], len(errorcode), errno.ENOTSUP == errno.EOPNOTSUPP)
names = sorted(errorcode.values())
print(len(names), names[:3], names[-3:], all(getattr(errno, n) == k for k, n in errorcode.items()))
print(sum(getattr(errno, n) for n in names), sorted(errorcode)[:5], list(errorcode.values())[:4])
print(errno.EPERM, errno.ESRCH, errno.EINTR, errno.EIO, errno.ENXIO, errno.E2BIG, errno.ENOEXEC, errno.EBADF, errno.ECHILD)
print(errno.ENOMEM, errno.EFAULT, errno.EBUSY, errno.EXDEV, errno.ENODEV, errno.ENOTDIR, errno.EISDIR, errno.EINVAL, errno.EPIPE)
print(errno.ERANGE, errno.EDOM, errno.ENOSPC, errno.ENOTEMPTY, errno.ETIMEDOUT, errno.ECONNREFUSED, errno.ENOSYS, errno.ELOOP)
try:
    open("/nonexistent/py2wasm-errno-snippet")
except OSError as e:
    print(e.errno == errno.ENOENT, errorcode[e.errno])
# Every constant by name:
every = [errno.E2BIG, errno.EACCES, errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EADV, errno.EAFNOSUPPORT,
         errno.EAGAIN, errno.EALREADY, errno.EBADE, errno.EBADF, errno.EBADFD, errno.EBADMSG, errno.EBADR,
         errno.EBADRQC, errno.EBADSLT, errno.EBFONT, errno.EBUSY, errno.ECANCELED, errno.ECHILD, errno.ECHRNG,
         errno.ECOMM, errno.ECONNABORTED, errno.ECONNREFUSED, errno.ECONNRESET, errno.EDEADLK, errno.EDEADLOCK,
         errno.EDESTADDRREQ, errno.EDOM, errno.EDOTDOT, errno.EDQUOT, errno.EEXIST, errno.EFAULT, errno.EFBIG,
         errno.EHOSTDOWN, errno.EHOSTUNREACH, errno.EIDRM, errno.EILSEQ, errno.EINPROGRESS, errno.EINTR,
         errno.EINVAL, errno.EIO, errno.EISCONN, errno.EISDIR, errno.EISNAM, errno.EKEYEXPIRED, errno.EKEYREJECTED,
         errno.EKEYREVOKED, errno.EL2HLT, errno.EL2NSYNC, errno.EL3HLT, errno.EL3RST, errno.ELIBACC, errno.ELIBBAD,
         errno.ELIBEXEC, errno.ELIBMAX, errno.ELIBSCN, errno.ELNRNG, errno.ELOOP, errno.EMEDIUMTYPE, errno.EMFILE,
         errno.EMLINK, errno.EMSGSIZE, errno.EMULTIHOP, errno.ENAMETOOLONG, errno.ENAVAIL, errno.ENETDOWN,
         errno.ENETRESET, errno.ENETUNREACH, errno.ENFILE, errno.ENOANO, errno.ENOBUFS, errno.ENOCSI, errno.ENODATA,
         errno.ENODEV, errno.ENOENT, errno.ENOEXEC, errno.ENOKEY, errno.ENOLCK, errno.ENOLINK, errno.ENOMEDIUM,
         errno.ENOMEM, errno.ENOMSG, errno.ENONET, errno.ENOPKG, errno.ENOPROTOOPT, errno.ENOSPC, errno.ENOSR,
         errno.ENOSTR, errno.ENOSYS, errno.ENOTBLK, errno.ENOTCONN, errno.ENOTDIR, errno.ENOTEMPTY, errno.ENOTNAM,
         errno.ENOTRECOVERABLE, errno.ENOTSOCK, errno.ENOTSUP, errno.ENOTTY, errno.ENOTUNIQ, errno.ENXIO,
         errno.EOPNOTSUPP, errno.EOVERFLOW, errno.EOWNERDEAD, errno.EPERM, errno.EPFNOSUPPORT, errno.EPIPE,
         errno.EPROTO, errno.EPROTONOSUPPORT, errno.EPROTOTYPE, errno.ERANGE, errno.EREMCHG, errno.EREMOTE,
         errno.EREMOTEIO, errno.ERESTART, errno.ERFKILL, errno.EROFS, errno.ESHUTDOWN, errno.ESOCKTNOSUPPORT,
         errno.ESPIPE, errno.ESRCH, errno.ESRMNT, errno.ESTALE, errno.ESTRPIPE, errno.ETIME, errno.ETIMEDOUT,
         errno.ETOOMANYREFS, errno.ETXTBSY, errno.EUCLEAN, errno.EUNATCH, errno.EUSERS, errno.EWOULDBLOCK,
         errno.EXDEV, errno.EXFULL]
print(len(every), sum(every), every[:6])
