package lightclient_test

import (
	"sync"
	"testing"

	"github.com/datatrade/datatrade/lightclient"
)

// TestConcurrentUse feeds headers from several goroutines (as a host's
// follower and evidence requests would) while others query the window; run
// with -race. Every header ends up in the window exactly once.
func TestConcurrentUse(t *testing.T) {
	chain, err := syntheticChain(64, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := syntheticConfig()
	cfg.HeaderWindow = 128
	lc, err := lightclient.New(cfg, lightclient.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i := 0; i < len(chain); {
				// Another goroutine may not have added the parent yet:
				// retry until this header links.
				if err := lc.Add(chain[i].Header, chain[i].Signature); err == nil {
					i++
				}
			}
		})
		wg.Go(func() {
			for range 200 {
				if h := lc.Head(); h != nil {
					lc.Confirmed(h.Hash())
				}
				lc.Len()
			}
		})
	}
	wg.Wait()
	if got := lc.Len(); got != len(chain) {
		t.Errorf("len: got %d, want %d", got, len(chain))
	}
	if got, want := lc.Head().Hash(), chain[len(chain)-1].Header.Hash(); got != want {
		t.Errorf("head: got %s, want %s", got, want)
	}
}
