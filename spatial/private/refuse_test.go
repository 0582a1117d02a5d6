package private

import (
	"crypto/rand"
	"encoding/json"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/spatial"
	"github.com/datatrade/datatrade/spatial/query"
)

// testService returns a Service on a simulated enclave (SIMULATION)
// holding one listing.
func testService(t testing.TB) (*Service, *enclave.Factotum) {
	t.Helper()
	b, err := sim.New(sim.Options{Code: []byte("refuse (SIMULATION)"), PlatformSecret: make([]byte, 32), Rand: rand.Reader})
	if err != nil {
		t.Fatal(err)
	}
	cfg := enclave.Config{
		ChainID: 1, Registry: common.HexToAddress("0x01"), Market: common.HexToAddress("0x02"), Escrow: common.HexToAddress("0x03"),
		Domain: enclave.Domain{Name: "d", Version: "1"}, Checkpoint: enclave.Checkpoint{Number: 1, Hash: common.HexToHash("0x01")},
		HeaderAuth: enclave.HeaderAuthDev, HeaderWindow: enclave.DefaultHeaderWindow, Confirmations: 1,
	}
	f, err := enclave.NewFactotum(b, cfg, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := NewService(f, []query.Entry{{Item: spatial.Item{ID: 1}, Text: "secret place", Active: true}})
	if err != nil {
		t.Fatal(err)
	}
	return svc, f
}

// FuzzDecryptedRequest feeds arbitrary plaintexts, properly encrypted to
// the enclave, to Answer: what a malicious buyer controls. They are
// refused or answered, never a panic or an internal error.
func FuzzDecryptedRequest(f *testing.F) {
	svc, fac := testService(f)
	key, err := replyKEM().GenerateKey()
	if err != nil {
		f.Fatal(err)
	}
	good, _ := json.Marshal(request{Query: query.Query{Text: "secret"}, ReplyKEM: replyKEM().ID(), ReplyKey: key.PublicKey().Bytes()})
	f.Add(good)
	f.Add([]byte(`{"query":{"near":{"lon":1,"lat":1},"k":3,"reverse":true},"replyKem":25722,"replyKey":"AAAA"}`))
	f.Add([]byte(`{"query":{"polygon":[{"lon":1,"lat":1}]},"replyKem":1}`))
	f.Add([]byte("null"))
	f.Fuzz(func(t *testing.T, body []byte) {
		framed, err := pad(body)
		if err != nil {
			return
		}
		req, err := enclave.EncryptTo(fac.PublicKeys(), []byte(requestInfo), framed)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Answer(req); err != nil && datatrade.ErrorCode(err) != datatrade.EINVALID {
			t.Fatalf("Answer: %v", err)
		}
	})
}

// TestRefusalIsEncrypted sends the enclave a query that a modified client
// did not validate: the enclave refuses it inside the encrypted reply, so
// the host learns nothing from the refusal either.
func TestRefusalIsEncrypted(t *testing.T) {
	svc, f := testService(t)
	key, err := replyKEM().GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	bad := query.Query{Near: &spatial.Point{Lon: 1, Lat: 1}, K: query.MaxK + 1}
	body, _ := json.Marshal(request{Query: bad, ReplyKEM: replyKEM().ID(), ReplyKey: key.PublicKey().Bytes()})
	framed, err := pad(body)
	if err != nil {
		t.Fatal(err)
	}
	req, err := enclave.EncryptTo(f.PublicKeys(), []byte(requestInfo), framed)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := svc.Answer(req)
	if err != nil {
		t.Fatalf("Answer: got %v, want an encrypted refusal", err)
	}
	if strings.Contains(string(resp), "k must be") {
		t.Error("the refusal is readable by the host")
	}
	_, err = (&Pending{key: key, request: req}).Open(resp)
	if datatrade.ErrorCode(err) != datatrade.EINVALID || !strings.Contains(datatrade.ErrorMessage(err), "k must be between") {
		t.Errorf("Open: got %v, want EINVALID naming the bad k", err)
	}
}
