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

// TestRefusalIsEncrypted sends the enclave a query that a modified client
// did not validate: the enclave refuses it inside the encrypted reply, so
// the host learns nothing from the refusal either.
func TestRefusalIsEncrypted(t *testing.T) {
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
