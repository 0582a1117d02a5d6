// Package simtest helps tests run go-ethereum's simulated backend like an
// instant-mining dev node: a block is sealed after every transaction sent.
// It imports nothing from this module, so any package's tests may use it.
package simtest

import (
	"context"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// Notifying is a simulated client that signals every transaction sent
// through it, so that Commit can seal a block at once.
type Notifying struct {
	simulated.Client
	sent chan struct{}
}

var _ simulated.Client = Notifying{}

// Notify wraps c. Transactions sent through the result are only sealed once
// Commit runs (a signal sent before that is kept).
func Notify(c simulated.Client) Notifying {
	return Notifying{Client: c, sent: make(chan struct{}, 1)}
}

// SendTransaction sends tx and signals, whatever the outcome.
func (n Notifying) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := n.Client.SendTransaction(ctx, tx)
	select {
	case n.sent <- struct{}{}:
	default:
	}
	return err
}

// Commit seals a block on sim after every transaction sent through n, until
// tb ends. While hold (may be nil) reports true it seals nothing, so that a
// test can build blocks by hand, for example for a reorganisation.
func (n Notifying) Commit(tb testing.TB, sim *simulated.Backend, hold func() bool) {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-n.sent:
				if hold == nil || !hold() {
					sim.Commit()
				}
			}
		}
	})
	tb.Cleanup(func() { cancel(); wg.Wait() })
}

// AutoCommit returns sim's client wrapped so that a block is sealed after
// every transaction sent through it, until tb ends.
func AutoCommit(tb testing.TB, sim *simulated.Backend) simulated.Client {
	tb.Helper()
	n := Notify(sim.Client())
	n.Commit(tb, sim, nil)
	return n
}
