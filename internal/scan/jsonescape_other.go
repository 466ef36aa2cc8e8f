//go:build !amd64 || purego

package scan

func indexJSONEscape(s string) int { return jsonEscapeIndexSWAR(s, 0) }
