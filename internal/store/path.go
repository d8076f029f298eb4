package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// PathHash returns the content hash of the story stored under path.
func (s *DB) PathHash(ctx context.Context, path string) (string, error) {
	var h string
	err := s.r.QueryRowContext(ctx, `SELECT hash FROM stories WHERE path = ?`, path).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("story %q: %w", path, ErrNotFound)
	}
	return h, s.wrap(err)
}
