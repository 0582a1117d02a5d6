package job_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/lightclient/lctest"
)

// TestOpenThroughLightClient opens a job through the real light client:
// authority-signed headers, a receipt proof against receiptsRoot, and the
// confirmation depth (a job not yet final is refused with ECONFLICT).
func TestOpenThroughLightClient(t *testing.T) {
	sc := lctest.NewSignedChain(t)
	cfg := testConfig()
	cfg.Checkpoint = enclave.Checkpoint{Number: 42, Hash: sc.Headers[0].Hash()}
	cfg.Authority = crypto.PubkeyToAddress(sc.Key.PublicKey)
	cfg.Confirmations = 2
	lc, err := lightclient.New(cfg, lightclient.Options{})
	if err != nil {
		t.Fatal(err)
	}
	w := newWorldFor(t, cfg, jobsAddr, 1, func(o *job.Options) { o.Chain = exchange.LightClient{Client: lc} })
	w.addListing(t, 1, salesCSV(20))
	p := w.defaults(params{id: 77, listings: []uint64{1}}, []byte("module"))
	created := sc.Block(t, nil, w.jobLog(t, p))
	sc.Block(t)
	n := w.nodes[0]
	_, err = n.runner.Open(p.id, sc.Evidence(t, 1, created, 1), nil)
	wantCode(t, err, "conflict", "")
	sc.Block(t)
	spec, err := n.runner.Open(p.id, sc.Evidence(t, 3, created, 1), nil)
	if err != nil {
		t.Fatalf("Open with two confirmations: %v", err)
	}
	if spec.ID != p.id || spec.Buyer != w.buyerAddr || spec.Listings[0].Root != w.sellers[1].root || spec.MaxCost != p.maxCost {
		t.Errorf("spec %+v does not match the event", spec)
	}
	_, err = n.runner.Open(p.id+1, sc.Evidence(t, 3, created, 0), nil)
	wantCode(t, err, "not_found", "")
}
