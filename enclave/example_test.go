package enclave_test

import (
	"context"
	"crypto/rand"
	"fmt"

	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
)

// A buyer attests a simulated exchange enclave: the policy must allow
// simulation explicitly, and the client prints the warning when it does.
func Example() {
	ctx := context.Background()
	code := []byte("datatrade trading program v1")
	backend, err := sim.New(sim.Options{Code: code, PlatformSecret: make([]byte, 32), Rand: rand.Reader})
	if err != nil {
		panic(err)
	}
	cfg := testConfig()
	f, err := enclave.NewFactotum(backend, cfg, rand.Reader)
	if err != nil {
		panic(err)
	}

	// The buyer's side: a fresh nonce, the attestation, the policy.
	nonce, _ := enclave.NewNonce(rand.Reader)
	att, err := f.Attest(ctx, nonce)
	if err != nil {
		panic(err)
	}
	policy := &enclave.Policy{
		Measurements: []enclave.Measurement{sim.Measurement(code)},
		ConfigHash:   cfg.Hash(),
	}
	_, err = enclave.VerifyAttestation(ctx, enclave.Verifiers{sim.Verifier{}}, policy, att, nonce)
	fmt.Println(err)

	policy.AllowSimulation, policy.AllowDebug = true, true
	claims, err := enclave.VerifyAttestation(ctx, enclave.Verifiers{sim.Verifier{}}, policy, att, nonce)
	if err != nil {
		panic(err)
	}
	if claims.Simulated {
		fmt.Println(enclave.SimulationWarning)
	}
	// Output:
	// datatrade error: code=insecure message=enclave is simulated (no hardware protection, evidence forgeable by anyone); refused unless simulation is explicitly allowed
	// WARNING: simulated enclave — no hardware protection. The host can read every key and all data inside it, and anyone can forge this evidence with the published simulation key. Use it only for local experiments and tests.
}
