//go:build unix

package pgtest

import (
	"os"
	"syscall"
)

// The kinds of lock on the server's lock file.
const (
	shared    = syscall.LOCK_SH
	exclusive = syscall.LOCK_EX
)

// lockFile takes the lock how on f (flock), waiting for it.
func lockFile(f *os.File, how int) error {
	for {
		err := syscall.Flock(int(f.Fd()), how)
		if err != syscall.EINTR {
			return err
		}
	}
}
