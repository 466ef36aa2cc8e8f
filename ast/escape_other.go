//go:build !amd64 || purego

package ast

// escapeIndex is the index in s, valid UTF-8, of the first byte of what a
// JSON string cannot hold as it is (see escapeAt), or -1.
func escapeIndex(s string) int { return escapeIndexFrom(s, 0) }
