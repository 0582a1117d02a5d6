package host_test

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/compute/examples/go/analysis"
	"github.com/datatrade/datatrade/compute/host"
	"github.com/datatrade/datatrade/compute/host/hosttest"
	"github.com/datatrade/datatrade/compute/internal/guests"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

var builder *guests.Builder

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "compute-host-guests")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	builder = guests.New(dir, "../examples", nil, []string{"regress", "rawdump"})
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// handOver hands l's data key for job id to node n with terms, signed by key.
func handOver(w *hosttest.Env, n *hosttest.Node, keys enclave.PublicKeys, id uint64, l *hosttest.Listing, terms job.Terms, key *ecdsa.PrivateKey) (*host.JobStatus, error) {
	wrapped, sig, err := job.WrapDataKey(w.Deployment(), keys, id, l.ID, l.Secrets, terms, key)
	if err != nil {
		w.T.Fatal(err)
	}
	return n.Client.HandOver(w.Ctx, id, host.HandOverRequest{Listing: l.ID, Terms: terms, Wrapped: wrapped, Signature: sig})
}

func wantCode(t *testing.T, err error, code, substr string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %s %q", code, substr)
	}
	if got := datatrade.ErrorCode(err); got != code || !strings.Contains(datatrade.ErrorMessage(err), substr) {
		t.Fatalf("got %s %q, want %s containing %q", got, datatrade.ErrorMessage(err), code, substr)
	}
}

func xyCSV(rows int) []byte {
	var b strings.Builder
	b.WriteString("x,y\n")
	for i := range rows {
		x := float64(i%100) / 4
		fmt.Fprintf(&b, "%.2f,%.2f\n", x, 3.5+0.8*x+float64((i*37)%11-5)/10)
	}
	return []byte(b.String())
}

// TestJobOverHTTP runs a regression job on two compute node services:
// the buyer sends the encrypted module over HTTP, the seller hands each
// node its data key over HTTP (one node fetches the ciphertext from the
// seller's store, the other gets it by PUT /v1/blobs), both nodes learn the
// job from the chain, run it, store the result and submit it, the job
// settles, and the buyer fetches a node's sealed result and opens it
// against the agreed hash. Bad requests are refused with clear errors.
func TestJobOverHTTP(t *testing.T) {
	w := hosttest.New(t)
	module := builder.C(t, "regress")
	alg := job.AlgorithmHash(module)
	n1 := w.StartNode(4, w.Store)
	n2 := w.StartNode(5, nil)
	meas := common.Hash(n1.Svc.Info().MeasurementID)
	pol := market.ComputePolicy{ComputeAllowed: true, PublicOnly: true, MinNodes: 2, MaxOutputPerJob: 256, OutputBudget: 4096,
		PricePerJob: big.NewInt(1e15), AcceptedMeasurements: []common.Hash{meas}}
	l := w.Publish(xyCSV(400), pol, alg)
	id, buyerKey := w.CreateJob(l, module, 256)
	keys := w.Attested()

	// The nodes learn the job from the chain before anyone talks to them.
	for _, n := range w.Nodes {
		st := n.WaitOpened(id)
		if st.State != host.StateWaitingModule || st.Spec == nil || st.Spec.Buyer != w.Buyer.Address || len(st.Listings) != 1 || st.Listings[0].ListingID != l.ID {
			t.Fatalf("node %d status %+v: want the opened job naming the buyer and listing %d", n.ID, st, l.ID)
		}
	}

	salt, err := job.NewSalt(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	// Refusals: a module signed by someone else, a hand-over signed by the
	// buyer, a job that does not exist, a malformed nonce, a result that
	// is not one.
	bad, err := job.PrepareModule(w.Deployment(), id, module, salt, true, w.SellerKey, keys)
	if err != nil {
		t.Fatal(err)
	}
	_, err = host.SendBundle(w.Ctx, id, bad, []*host.Client{n1.Client, n2.Client})
	wantCode(t, err, datatrade.EUNAUTHORIZED, "not by the buyer")
	terms := job.Terms{PublicOnly: true, Allowed: []common.Hash{alg}, MaxOutput: pol.MaxOutputPerJob, MinNodes: 2}
	_, err = handOver(w, n1, keys[0], id, l, terms, w.BuyerKey)
	wantCode(t, err, datatrade.EUNAUTHORIZED, "not by its owner")
	_, err = n1.Client.Status(w.Ctx, 999)
	wantCode(t, err, datatrade.ENOTFOUND, "job 999")
	_, err = n1.Client.Attest(w.Ctx, enclave.Nonce{})
	if err != nil {
		t.Fatalf("attest: %v", err)
	}
	_, err = n1.Client.Result(w.Ctx, "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")
	wantCode(t, err, datatrade.ENOTFOUND, "no result")

	// The buyer's bundle, then the seller's hand-overs.
	b, err := job.PrepareModule(w.Deployment(), id, module, salt, true, w.BuyerKey, keys)
	if err != nil {
		t.Fatal(err)
	}
	sts, err := host.SendBundle(w.Ctx, id, b, []*host.Client{n1.Client, n2.Client})
	if err != nil {
		t.Fatalf("SendBundle: %v", err)
	}
	for i, st := range sts {
		if !st.ModuleLoaded || st.State != host.StateWaitingData {
			t.Fatalf("node %d after the module: %+v, want waiting-data with the module loaded", w.Nodes[i].ID, st)
		}
	}
	st, err := handOver(w, n2, keys[1], id, l, terms, w.SellerKey)
	if err != nil {
		t.Fatalf("hand-over to node %d: %v", n2.ID, err)
	}
	if st.State != host.StateWaitingData || !st.Listings[0].KeyHandedOver || st.Listings[0].DataChecked || !strings.Contains(st.Error, "PUT it to /v1/blobs") {
		t.Fatalf("node %d without the ciphertext: %+v, want waiting-data asking for the blob", n2.ID, st)
	}
	rc, err := w.Store.Get(w.Ctx, mustCID(t, l.CID))
	if err != nil {
		t.Fatal(err)
	}
	got, err := n2.Client.PutBlob(w.Ctx, rc)
	rc.Close()
	if err != nil || got != l.CID {
		t.Fatalf("PutBlob: %s, %v; want %s", got, err, l.CID)
	}
	if _, err := handOver(w, n1, keys[0], id, l, terms, w.SellerKey); err != nil {
		t.Fatalf("hand-over to node %d: %v", n1.ID, err)
	}

	var results []*host.JobStatus
	for _, n := range w.Nodes {
		st := n.WaitState(id, host.StateSubmitted)
		if st.ResultCID == "" || st.SubmitTx == (common.Hash{}) || st.Cost == 0 {
			t.Fatalf("node %d submitted %+v, want a result CID, cost and transaction", n.ID, st)
		}
		results = append(results, st)
	}
	if results[0].ResultHash != results[1].ResultHash {
		t.Fatalf("the nodes disagree: %s vs %s", results[0].ResultHash, results[1].ResultHash)
	}
	j, err := w.Jobs.Job(w.Ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if j.State != market.JobSettled || j.AgreedResultHash != results[0].ResultHash {
		t.Fatalf("job %d on chain: %s agreed %s, want settled on %s", id, j.State, j.AgreedResultHash, results[0].ResultHash)
	}
	sealed, err := n1.Client.Result(w.Ctx, results[0].ResultCID)
	if err != nil {
		t.Fatalf("Result: %v", err)
	}
	res, err := job.OpenResult(w.Deployment(), id, buyerKey, salt, sealed, j.AgreedResultHash)
	if err != nil {
		t.Fatalf("OpenResult: %v", err)
	}
	var want bytes.Buffer
	if err := analysis.Regress(bytes.NewReader(l.Plain), &want); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(res, want.Bytes()) {
		t.Fatalf("result %q, want %q", res, want.Bytes())
	}
	_, err = n1.Client.SendModule(w.Ctx, id, host.ModuleRequest{Sealed: b.Sealed[0], Signature: b.Signature})
	wantCode(t, err, datatrade.ECONFLICT, "submitted")
}

// TestHostileModuleFails runs a module that prints the raw data: each
// node stops it at the output limit and reports the job failed with the
// reason; nothing is submitted.
func TestHostileModuleFails(t *testing.T) {
	w := hosttest.New(t)
	module := builder.C(t, "rawdump")
	n1, n2 := w.StartNode(4, w.Store), w.StartNode(5, w.Store)
	meas := common.Hash(n1.Svc.Info().MeasurementID)
	pol := market.ComputePolicy{ComputeAllowed: true, MinNodes: 2, MaxOutputPerJob: 200, OutputBudget: 4096,
		PricePerJob: big.NewInt(1e15), AcceptedMeasurements: []common.Hash{meas}}
	l := w.Publish(xyCSV(300), pol)
	id, _ := w.CreateJob(l, module, 200)
	keys := w.Attested()
	for _, n := range w.Nodes {
		n.WaitOpened(id)
	}
	b, err := job.PrepareModule(w.Deployment(), id, module, job.Salt{1}, false, w.BuyerKey, keys)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := host.SendBundle(w.Ctx, id, b, []*host.Client{n1.Client, n2.Client}); err != nil {
		t.Fatal(err)
	}
	for i, n := range w.Nodes {
		if _, err := handOver(w, n, keys[i], id, l, job.Terms{MaxOutput: 200, MinNodes: 2}, w.SellerKey); err != nil {
			t.Fatalf("hand-over: %v", err)
		}
	}
	for _, n := range w.Nodes {
		st := n.WaitState(id, host.StateFailed)
		if !strings.Contains(st.Reason, "output limit") || st.SubmitTx != (common.Hash{}) {
			t.Fatalf("node %d: %+v, want failed at the output limit without a submission", n.ID, st)
		}
	}
	j, err := w.Jobs.Job(w.Ctx, id)
	if err != nil || j.Submissions != 0 {
		t.Fatalf("job on chain: %+v (%v), want no submissions", j, err)
	}
}

func mustCID(t *testing.T, s string) cid.Cid {
	t.Helper()
	c, err := store.ParseCID(s)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestRestart restarts a node between the module and the data key: the
// job's enclave state is gone, the host opens the job again from the chain
// and says it waits for the module; once the buyer and the seller send
// again it runs and submits, and after another restart the submitted job
// and its result are still there.
func TestRestart(t *testing.T) {
	w := hosttest.New(t)
	module := builder.C(t, "regress")
	n := w.StartNode(4, w.Store)
	pol := market.ComputePolicy{ComputeAllowed: true, MinNodes: 1, MaxOutputPerJob: 256, OutputBudget: 4096,
		PricePerJob: big.NewInt(1e15), AcceptedMeasurements: []common.Hash{common.Hash(n.Svc.Info().MeasurementID)}}
	l := w.Publish(xyCSV(100), pol)
	id, buyerKey := w.CreateJob(l, module, 256)
	keys := w.Attested()
	n.WaitOpened(id)
	b, err := job.PrepareModule(w.Deployment(), id, module, job.Salt{3}, true, w.BuyerKey, keys)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := host.SendBundle(w.Ctx, id, b, []*host.Client{n.Client}); err != nil {
		t.Fatal(err)
	}

	n.Restart()
	if got := w.Attested(); got[0].SigningAddress != keys[0].SigningAddress || !bytes.Equal(got[0].HPKEPublicKey, keys[0].HPKEPublicKey) {
		t.Fatalf("the restarted enclave has keys %+v, want %+v", got[0], keys[0])
	}
	st := n.WaitOpened(id)
	if st.State != host.StateWaitingModule || st.ModuleLoaded {
		t.Fatalf("after a restart: %+v, want waiting-module without the module", st)
	}
	if _, err := host.SendBundle(w.Ctx, id, b, []*host.Client{n.Client}); err != nil {
		t.Fatalf("SendBundle after the restart: %v", err)
	}
	terms := job.Terms{MaxOutput: 256, MinNodes: 1}
	if _, err := handOver(w, n, keys[0], id, l, terms, w.SellerKey); err != nil {
		t.Fatal(err)
	}
	done := n.WaitState(id, host.StateSubmitted)

	n.Restart()
	st, err = n.Client.Status(w.Ctx, id)
	if err != nil || st.State != host.StateSubmitted || st.ResultCID != done.ResultCID || st.SubmitTx != done.SubmitTx {
		t.Fatalf("after another restart: %+v (%v), want %+v", st, err, done)
	}
	j, err := w.Jobs.Job(w.Ctx, id)
	if err != nil || j.State != market.JobSettled {
		t.Fatalf("job on chain %+v (%v), want settled", j, err)
	}
	sealed, err := n.Client.Result(w.Ctx, st.ResultCID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := job.OpenResult(w.Deployment(), id, buyerKey, job.Salt{3}, sealed, j.AgreedResultHash); err != nil {
		t.Fatalf("OpenResult after the restart: %v", err)
	}
}

// TestOpenSlot runs a job with an open slot: the node's operator accepts
// it, the host learns of it from the JobAccepted event, the enclave opens
// it with the evidence of both events, and the job runs and settles.
func TestOpenSlot(t *testing.T) {
	w := hosttest.New(t)
	module := builder.C(t, "regress")
	n := w.StartNode(4, w.Store)
	pol := market.ComputePolicy{ComputeAllowed: true, MinNodes: 1, MaxOutputPerJob: 256, OutputBudget: 4096,
		PricePerJob: big.NewInt(1e15), AcceptedMeasurements: []common.Hash{common.Hash(n.Svc.Info().MeasurementID)}}
	l := w.Publish(xyCSV(50), pol)
	buyerKey, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := w.Jobs.CreateJob(w.Ctx, w.Buyer, market.JobParams{Listings: []uint64{l.ID}, AlgorithmHash: job.AlgorithmHash(module),
		Nodes: []uint64{0}, Quorum: 1, RewardPerNode: big.NewInt(1e15), Deadline: time.Now().Add(time.Hour), BuyerKey: buyerKey.Public().Bytes(),
		MaxOutput: 256, MaxCost: 1 << 32})
	if err != nil {
		t.Fatalf("CreateJob: %v", err)
	}
	// Before the acceptance the job is not this node's (once final).
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		_, err = n.Client.SendModule(w.Ctx, id, host.ModuleRequest{Sealed: []byte{1}, Signature: make([]byte, 65)})
		if datatrade.ErrorCode(err) != datatrade.ECONFLICT || time.Now().After(deadline) {
			break
		}
	}
	wantCode(t, err, datatrade.EUNAUTHORIZED, "has not accepted it")
	if _, err := w.Jobs.Send(w.Ctx, n.Op, w.Jobs.AcceptJobTx(id, n.ID)); err != nil {
		t.Fatalf("AcceptJob: %v", err)
	}
	st := n.WaitOpened(id)
	if len(st.Spec.Nodes) != 1 || st.Spec.Nodes[0] != n.ID {
		t.Fatalf("the enclave's spec names nodes %v, want the accepted node %d", st.Spec.Nodes, n.ID)
	}
	keys := w.Attested()
	b, err := job.PrepareModule(w.Deployment(), id, module, job.Salt{5}, true, w.BuyerKey, keys)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := host.SendBundle(w.Ctx, id, b, w.Clients()); err != nil {
		t.Fatal(err)
	}
	if _, err := handOver(w, n, keys[0], id, l, job.Terms{MaxOutput: 256, MinNodes: 1}, w.SellerKey); err != nil {
		t.Fatal(err)
	}
	n.WaitState(id, host.StateSubmitted)
	closed := n.WaitFor(id, "closed", func(st *host.JobStatus) bool { return st.Closed })
	if closed.State != host.StateSubmitted {
		t.Fatalf("after settlement: %+v, want submitted and closed", closed)
	}
	if j, err := w.Jobs.Job(w.Ctx, id); err != nil || j.State != market.JobSettled {
		t.Fatalf("job %+v (%v), want settled", j, err)
	}
}
