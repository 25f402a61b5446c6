from typing import List, Optional, Dict
from collections import deque


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def build_tree(values: List[Optional[int]]) -> Optional[TreeNode]:
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    q = deque([root])
    i = 1
    while q and i < len(values):
        node = q.popleft()
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            q.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            q.append(node.right)
        i += 1
    return root


def build_list(vals: List[int]) -> Optional[ListNode]:
    dummy = ListNode()
    cur = dummy
    for v in vals:
        cur.next = ListNode(v)
        cur = cur.next
    return dummy.next


def to_list(head: Optional[ListNode]) -> List[int]:
    out = []
    while head:
        out.append(head.val)
        head = head.next
    return out


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if not root:
            return 0
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))

    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        res = []
        q = deque([root] if root else [])
        while q:
            level = []
            for _ in range(len(q)):
                n = q.popleft()
                level.append(n.val)
                if n.left:
                    q.append(n.left)
                if n.right:
                    q.append(n.right)
            res.append(level)
        return res

    def isValidBST(self, root: Optional[TreeNode], lo=float("-inf"), hi=float("inf")) -> bool:
        if root is None:
            return True
        if not lo < root.val < hi:
            return False
        return self.isValidBST(root.left, lo, root.val) and self.isValidBST(root.right, root.val, hi)

    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev

    def mergeTwoLists(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        while l1 and l2:
            if l1.val <= l2.val:
                tail.next, l1 = l1, l1.next
            else:
                tail.next, l2 = l2, l2.next
            tail = tail.next
        tail.next = l1 or l2
        return dummy.next

    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen: Dict[int, int] = {}
        for i, n in enumerate(nums):
            if target - n in seen:
                return [seen[target - n], i]
            seen[n] = i
        return []

    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        start = best = 0
        for i, ch in enumerate(s):
            if ch in last and last[ch] >= start:
                start = last[ch] + 1
            last[ch] = i
            best = max(best, i - start + 1)
        return best

    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root:
            root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)
        return root

    def lowestCommonAncestor(self, root: TreeNode, p: int, q: int) -> Optional[int]:
        node = root
        while node:
            if p < node.val and q < node.val:
                node = node.left
            elif p > node.val and q > node.val:
                node = node.right
            else:
                return node.val
        return None

    def maxProfit(self, prices: List[int]) -> int:
        lo, best = float("inf"), 0
        for p in prices:
            lo = min(lo, p)
            best = max(best, p - lo)
        return best


s = Solution()
t = build_tree([3, 9, 20, None, None, 15, 7])
print(s.maxDepth(t), s.levelOrder(t))
print(s.isValidBST(build_tree([2, 1, 3])), s.isValidBST(build_tree([5, 1, 4, None, None, 3, 6])))
print(to_list(s.reverseList(build_list([1, 2, 3, 4, 5]))))
print(to_list(s.mergeTwoLists(build_list([1, 2, 4]), build_list([1, 3, 4]))))
print(s.twoSum([2, 7, 11, 15], 9), s.twoSum([3, 2, 4], 6), s.twoSum([1], 5))
print([s.lengthOfLongestSubstring(x) for x in ("abcabcbb", "bbbbb", "pwwkew", "")])
print(s.levelOrder(s.invertTree(build_tree([4, 2, 7, 1, 3, 6, 9]))))
print(s.lowestCommonAncestor(build_tree([6, 2, 8, 0, 4, 7, 9, None, None, 3, 5]), 2, 8))
print(s.maxProfit([7, 1, 5, 3, 6, 4]), s.maxProfit([7, 6, 4, 3, 1]))
print(s.levelOrder(None), s.maxDepth(None))
