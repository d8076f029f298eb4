//go:build !unix

package pgtest

import "os"

// The kinds of lock on the server's lock file.
const (
	shared = iota
	exclusive
)

// lockFile does nothing where there is no flock: the tests that share a
// server do not wait for one that restarts it.
func lockFile(f *os.File, how int) error { return nil }
