package host_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/exchange/host"
)

// A buyer's side of a trade against an exchange host: attest it, have it
// verify the opening, wait for its ready statement, fetch and check the
// prepared ciphertext, pay (not shown), then check that the delivery names
// the ciphertext already held and fetch the wrapped key. (Not run: it
// needs a chain and a running host.)
func Example_buyer() {
	ctx := context.Background()
	c := host.NewClient("http://127.0.0.1:8610", &http.Client{Timeout: 30 * time.Second})
	want := enclave.Config{ /* chain id, registry, market, escrow and EIP-712 domain of the deployment */ }
	policy := &enclave.Policy{AllowSimulation: true, AllowDebug: true, Measurements: []enclave.Measurement{ /* accepted */ }}
	info, claims, err := host.Verify(ctx, c, enclave.Verifiers{sim.Verifier{}}, policy, want)
	if err != nil {
		fmt.Println("refused:", err)
		return
	}
	if claims.Simulated {
		fmt.Println(enclave.SimulationWarning)
	}
	const tradeID = 1
	rec, err := c.Open(ctx, tradeID)
	if err != nil {
		return
	}
	if err := exchange.VerifyRecord(&info.Config, info.Keys.SigningAddress, rec); err != nil {
		return
	}
	ready, err := c.Ready(ctx, tradeID)
	if err != nil || ready.Digest != exchange.ReadyDigest(&info.Config, info.ExchangeID, tradeID, rec.Trade.Root) {
		return
	}
	// Before paying: the ciphertext the Delivery will name, checked
	// against the enclave's statement and its CID. (A real buyer writes it
	// to a temporary file and keeps it until the trade is settled.)
	var ciphertext bytes.Buffer
	prepared, err := host.FetchPrepared(ctx, c, &info.Config, info.Keys.SigningAddress, rec.Exchange, tradeID, rec.Trade.Root, &ciphertext)
	if err != nil {
		return
	}
	// … pay on chain, then:
	d, err := c.Delivery(ctx, tradeID)
	if err != nil || d.Delivery.Delivery.CiphertextCIDHash != crypto.Keccak256Hash([]byte(prepared.CiphertextCID)) {
		return // another ciphertext (the host restarted before the payment): fetch d.CiphertextCID
	}
	wrappedKey, err := c.Reveal(ctx, tradeID)
	if err != nil {
		return
	}
	fmt.Println(len(wrappedKey) > 0, ciphertext.Len() > 0)
}
