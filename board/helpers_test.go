package board

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// keySigner signs with a private key the way chain.Account does (V = 27/28).
type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) SignHash(h common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(h[:], k.key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

func (k keySigner) addr() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }

var _ Signer = keySigner{}

// newKey derives a deterministic test key from seed.
func newKey(tb testing.TB, seed byte) keySigner {
	tb.Helper()
	d := make([]byte, 32)
	d[31] = seed
	d[0] = 0x42
	k, err := crypto.ToECDSA(d)
	if err != nil {
		tb.Fatal(err)
	}
	return keySigner{k}
}

// fixedClock returns a clock that advances one second per call; it is
// safe for concurrent use.
func fixedClock() func() time.Time {
	var mu sync.Mutex
	t := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		t = t.Add(time.Second)
		return t
	}
}

type fixture struct {
	path     string
	platform keySigner
	verifier Verifier
	parties  []keySigner
}

func newFixture(tb testing.TB) *fixture {
	tb.Helper()
	p := newKey(tb, 1)
	return &fixture{
		path:     filepath.Join(tb.TempDir(), "board.db"),
		platform: p,
		verifier: Verifier{Platform: p.addr()},
		parties:  []keySigner{newKey(tb, 2), newKey(tb, 3), newKey(tb, 4)},
	}
}

func (f *fixture) open(tb testing.TB) *Log {
	tb.Helper()
	l, err := Open(context.Background(), Config{Path: f.path, Platform: f.platform, Now: fixedClock()})
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { l.Close() })
	return l
}

// entry returns the i-th signed test entry.
func (f *fixture) entry(tb testing.TB, i int) Entry {
	tb.Helper()
	party := f.parties[i%len(f.parties)]
	e := Entry{
		TradeID: big.NewInt(int64(1000 + i/4)),
		Kind:    Kind(1 + i%4),
		Party:   party.addr(),
		Content: crypto.Keccak256Hash([]byte{byte(i), byte(i >> 8)}),
		Time:    time.Date(2026, 1, 1, 0, 0, 0, i, time.UTC),
	}
	if err := e.Sign(party); err != nil {
		tb.Fatal(err)
	}
	return e
}

func (f *fixture) appendN(tb testing.TB, l *Log, from, to int) {
	tb.Helper()
	ctx := context.Background()
	for i := from; i < to; i++ {
		idx, err := l.Append(ctx, f.entry(tb, i))
		if err != nil {
			tb.Fatalf("Append(%d): %v", i, err)
		}
		if idx != uint64(i) {
			tb.Fatalf("Append(%d) index = %d, want %d", i, idx, i)
		}
	}
}
