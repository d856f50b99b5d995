/// Sorts 64-bit hashes where they lie, with no buffer: the standard library's sort is a merge
/// sort that borrows half the array again, 196 MB for the 49 million character shingles of a
/// 49 MB text.
///
/// Introsort: quicksort with a median-of-three pivot and a three-way partition (text that
/// repeats itself gives runs of equal hashes), insertion sort for short ranges, and heapsort
/// when the recursion runs deeper than 2 log2 n, so no input makes it quadratic.
enum HashSort {
    static func sort(_ hashes: inout [UInt64]) {
        hashes.withUnsafeMutableBufferPointer { buffer in
            guard buffer.count > 1 else { return }
            let depth = 2 * (Int.bitWidth - buffer.count.leadingZeroBitCount)
            sort(buffer, 0, buffer.count, depth: depth)
        }
    }

    private static func sort(_ a: UnsafeMutableBufferPointer<UInt64>, _ start: Int, _ end: Int, depth: Int) {
        var start = start
        var end = end
        var depth = depth
        while end - start > 16 {
            if depth == 0 {
                heapSort(a, start, end)
                return
            }
            depth -= 1
            let middle = start + (end - start) / 2
            let pivot = median(a[start], a[middle], a[end - 1])
            // a[start..<less] < pivot, a[less..<index] == pivot, a[greater..<end] > pivot.
            var less = start
            var index = start
            var greater = end
            while index < greater {
                let value = a[index]
                if value < pivot {
                    a.swapAt(less, index)
                    less += 1
                    index += 1
                } else if value > pivot {
                    greater -= 1
                    a.swapAt(index, greater)
                } else {
                    index += 1
                }
            }
            // Recurse into the smaller side, loop on the larger: the stack stays O(log n).
            if less - start < end - greater {
                sort(a, start, less, depth: depth)
                start = greater
            } else {
                sort(a, greater, end, depth: depth)
                end = less
            }
        }
        insertionSort(a, start, end)
    }

    private static func median(_ x: UInt64, _ y: UInt64, _ z: UInt64) -> UInt64 {
        max(min(x, y), min(max(x, y), z))
    }

    private static func insertionSort(_ a: UnsafeMutableBufferPointer<UInt64>, _ start: Int, _ end: Int) {
        guard end - start > 1 else { return }
        for index in (start + 1)..<end {
            let value = a[index]
            var hole = index
            while hole > start, a[hole - 1] > value {
                a[hole] = a[hole - 1]
                hole -= 1
            }
            a[hole] = value
        }
    }

    private static func heapSort(_ a: UnsafeMutableBufferPointer<UInt64>, _ start: Int, _ end: Int) {
        let count = end - start
        func siftDown(_ root: Int, _ size: Int) {
            var parent = root
            while true {
                var largest = parent
                let left = 2 * parent + 1
                let right = left + 1
                if left < size, a[start + left] > a[start + largest] { largest = left }
                if right < size, a[start + right] > a[start + largest] { largest = right }
                if largest == parent { return }
                a.swapAt(start + parent, start + largest)
                parent = largest
            }
        }
        var node = count / 2 - 1
        while node >= 0 {
            siftDown(node, count)
            node -= 1
        }
        var size = count
        while size > 1 {
            size -= 1
            a.swapAt(start, start + size)
            siftDown(0, size)
        }
    }
}
