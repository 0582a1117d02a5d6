package host

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/lightclient"
)

// TestOpenIdentityAndForWindow opens an enclave identity in a fresh dir,
// reopens it, refuses it for another header authenticator, and builds
// evidence for a transaction more than one feeding batch past the
// checkpoint (so ForWindow feeds a batch of headers first).
func TestOpenIdentityAndForWindow(t *testing.T) {
	e := newEnv(t, false)
	dir := t.TempDir()
	o := IdentityOptions{Dir: dir, RPC: e.node.RPC(), Deployment: *e.d, Backend: e.backend(), HeaderAuth: enclave.HeaderAuthAuthority, HeaderWindow: 512}
	id, err := OpenIdentity(e.ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{configFile, keysFile} {
		if st, err := os.Stat(filepath.Join(dir, name)); err != nil || st.Size() == 0 {
			t.Fatalf("%s after the first open: %v", name, err)
		}
	}
	if got, want := WindowHead(id.LightClient), id.Config.Checkpoint.Number; got != want {
		t.Fatalf("window head of a fresh light client = %d, want the checkpoint %d", got, want)
	}

	again, err := OpenIdentity(e.ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := again.Factotum.PublicKeys().SigningAddress, id.Factotum.PublicKeys().SigningAddress; got != want {
		t.Fatalf("reopened signer = %s, want %s", got, want)
	}
	if got, want := again.Config.Hash(), id.Config.Hash(); got != want {
		t.Fatalf("reopened config hash = %x, want %x", got, want)
	}
	other := o
	other.HeaderAuth, other.AllowDevHeaders = enclave.HeaderAuthDev, true
	var de *datatrade.Error
	if _, err := OpenIdentity(e.ctx, other); !errors.As(err, &de) || de.Code != datatrade.ECONFLICT {
		t.Fatalf("reopen with the dev authenticator: err = %v, want ECONFLICT", err)
	}
	if err := os.WriteFile(filepath.Join(dir, configFile), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenIdentity(e.ctx, o); !errors.As(err, &de) || de.Code != datatrade.EINTEGRITY {
		t.Fatalf("open with a damaged config: err = %v, want EINTEGRITY", err)
	}

	// Blocks past the checkpoint: more than one batch of 256 headers.
	for range 300 {
		if _, err := e.node.IncreaseTime(e.ctx, time.Second); err != nil {
			t.Fatal(err)
		}
	}
	rcpt, err := e.c.Transfer(e.ctx, e.op, e.op.Address, new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.node.IncreaseTime(e.ctx, time.Second); err != nil { // a block on top
		t.Fatal(err)
	}
	b := NewEvidenceBuilder(e.node.RPC(), enclave.HeaderAuthAuthority)
	raw, err := b.ForWindow(e.ctx, id.LightClient, id.Config.HeaderWindow, rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := WindowHead(id.LightClient), id.Config.Checkpoint.Number+256; got != want {
		t.Fatalf("window head after feeding = %d, want %d (one batch fed)", got, want)
	}
	ev, err := lightclient.DecodeEvidence(raw)
	if err != nil {
		t.Fatal(err)
	}
	got, err := id.LightClient.VerifyEvidence(ev)
	if err != nil {
		t.Fatalf("the enclave light client refuses the evidence: %v", err)
	}
	if ev.Receipt.BlockHash != rcpt.BlockHash || got.CumulativeGasUsed != rcpt.CumulativeGasUsed {
		t.Fatalf("verified a receipt in block %s (cumulative gas %d), want block %s (%d)", ev.Receipt.BlockHash, got.CumulativeGasUsed, rcpt.BlockHash, rcpt.CumulativeGasUsed)
	}
	if WindowHead(id.LightClient) <= rcpt.BlockNumber.Uint64() {
		t.Fatalf("window head %d not past the receipt's block %d", WindowHead(id.LightClient), rcpt.BlockNumber.Uint64())
	}
}
