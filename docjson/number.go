package docjson

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strconv"
)

// appendInt is strconv.AppendInt(b, n, 10). The numbers of a document
// (offsets and line numbers, below a hundred million) are written eight
// digits at once: n is split into four numbers below a hundred, each in a
// 16-bit lane of one word, and then each into its two digits, by
// multiplications that stay within their lanes (x*5243>>19 is x/100 for x
// below 43,699, x*103>>10 is x/10 below 179); the zero digits in front
// are dropped by counting the zero bytes at the word's low end.
func appendInt(b []byte, n int) []byte {
	if n < 0 || n >= 1e8 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	if n < 10 {
		return append(b, byte('0'+n))
	}
	u := uint64(n)
	halves := u/10000 | u%10000<<32                       // two numbers below 10,000, in 32-bit lanes
	hundreds := halves * 5243 >> 19 & 0x0000007F_0000007F // each one's first two digits
	pairs := hundreds | (halves-hundreds*100)<<16         // four numbers below 100, in 16-bit lanes
	tens := pairs * 103 >> 10 & 0x000F000F_000F000F
	digits := tens | (pairs-tens*10)<<8 // eight digits, the first in the low byte
	zeros := bits.TrailingZeros64(digits) / 8
	at := len(b)
	b = slices.Grow(b, 8)[:at+8]
	binary.LittleEndian.PutUint64(b[at:], (digits+0x30303030_30303030)>>(8*zeros))
	return b[:at+8-zeros]
}
