package decode

import "github.com/dagang/dagang/internal/utf8x"

// validText is utf8.Valid (package utf8x: with AVX2 where there is).
func validText(p []byte) bool { return utf8x.Valid(p) }

// validSWAR is the check without AVX2, for the tests.
func validSWAR(p []byte) bool { return utf8x.ValidSWAR(p) }
