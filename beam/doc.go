// Package dagangbeam runs dagang over a corpus on Apache Beam: one
// pipeline that reads every matched file whole, parses it with the
// library (dagang.Parse), and writes the version-1 documents as JSON Lines
// shards and the files that failed as JSON Lines error records, counting
// files, bytes, speeches, sections and failures in Beam's metrics. It runs
// locally on Beam's in-process prism runner and unchanged on Flink, Spark
// (through the portable job server) and Dataflow.
//
// The package is a module of its own (github.com/dagang/dagang/beam), so
// that the dagang module and its binary stay free of Beam's dependencies.
package dagangbeam
