module github.com/dagang/dagang/bench

go 1.26.0

require (
	github.com/dagang/dagang v0.0.0-00010101000000-000000000000
	github.com/yuin/goldmark v1.8.7
)

require (
	github.com/alecthomas/participle/v2 v2.1.4 // indirect
	github.com/segmentio/asm v1.2.1 // indirect
	golang.org/x/net v0.63.0 // indirect
	golang.org/x/sys v0.50.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)

replace github.com/dagang/dagang => ../
