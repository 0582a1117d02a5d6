package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/agent"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/enclave/snp"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/exchange/host"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// newBuyerTradeCmds are the buyer's steps that talk to exchanges
// (DESIGN.md §4): attest, sample, ready, fetch, and the chain steps that
// settle a trade when something went wrong.
func (a *app) newBuyerTradeCmds() []*cobra.Command {
	return []*cobra.Command{a.newBuyerAttestCmd(), a.newBuyerSampleCmd(), a.newBuyerReadyCmd(), a.newBuyerFetchCmd(),
		a.newBuyerCompensateCmd(), a.newBuyerSellerFaultCmd(), a.newBuyerSettleCancelCmd()}
}

// attestationVerifiers are the evidence formats clients understand.
func attestationVerifiers() enclave.Verifiers {
	return enclave.Verifiers{sim.Verifier{}, snp.NewVerifier(snp.Options{})}
}

// enclaveFlags choose how far the buyer trusts an exchange's enclave.
type enclaveFlags struct {
	allowSim     bool
	measurements []string
	url          string
	exchange     uint64
	timeout      time.Duration
}

func (e *enclaveFlags) add(cmd *cobra.Command, withExchange bool) {
	fl := cmd.Flags()
	fl.BoolVar(&e.allowSim, "allow-simulation", false, "accept a SIMULATED enclave (no hardware protection: local experiments only)")
	fl.DurationVar(&e.timeout, "http-timeout", 30*time.Second, "give up on an exchange's answer after this long")
	if withExchange {
		fl.Uint64Var(&e.exchange, "exchange", 0, "the named exchange to ask (default: each named exchange in turn)")
		fl.StringVar(&e.url, "exchange-url", "", "the exchange's API URL (default: its endpoint in the registry; needs --exchange)")
	}
}

func (e *enclaveFlags) httpClient() *http.Client { return &http.Client{Timeout: e.timeout} }

// allowSimulation reports whether simulated enclaves are accepted.
func (a *app) allowSimulation(e *enclaveFlags) bool { return e.allowSim || a.insecure }

// enclavePolicy builds the attestation policy: the measurements given, or
// else the one the chain holds for the exchange (registry or trade
// snapshot), never one the registry lists as revoked.
func (a *app) enclavePolicy(e *enclaveFlags, dep market.Deployment, revoked enclave.RevocationList, onChain common.Hash) (*enclave.Policy, error) {
	p := agent.Policy{AllowSimulation: a.allowSimulation(e)}
	for _, s := range e.measurements {
		h, err := parseHash("--measurement", s)
		if err != nil {
			return nil, err
		}
		p.Measurements = append(p.Measurements, enclave.MeasurementID(h))
	}
	if len(p.Measurements) == 0 && onChain != (common.Hash{}) {
		p.Measurements = []enclave.MeasurementID{enclave.MeasurementID(onChain)}
	}
	want := agent.Expected(dep)
	return &enclave.Policy{
		MeasurementIDs: p.Measurements, AllowSimulation: p.AllowSimulation, AllowDebug: p.AllowSimulation, Revoked: revoked,
		CheckConfig: func(_ context.Context, c *enclave.Config) error { return agent.CheckConfig(c, want, common.Address{}) },
	}, nil
}

// attest verifies the exchange behind c and prints the simulation warning
// when it is simulated.
func (a *app) attest(ctx context.Context, m *market.Client, c *host.Client, e *enclaveFlags, onChain common.Hash) (*host.Info, *enclave.Claims, error) {
	pol, err := a.enclavePolicy(e, m.Deployment(), m.Revocations(), onChain)
	if err != nil {
		return nil, nil, err
	}
	info, claims, err := host.Verify(ctx, c, attestationVerifiers(), pol, agent.Expected(m.Deployment()))
	if err != nil {
		if datatrade.ErrorCode(err) == datatrade.EINSECURE && !a.allowSimulation(e) {
			return nil, nil, datatrade.Errorf(datatrade.EINSECURE, "%s (pass --allow-simulation for a local experiment)", datatrade.ErrorMessage(err))
		}
		return nil, nil, err
	}
	if claims.Simulated {
		a.warn("%s", enclave.SimulationWarning)
	}
	return info, claims, nil
}

// attestResult is what `buyer attest` prints.
type attestResult struct {
	URL            string                `json:"url"`
	ExchangeID     uint64                `json:"exchangeId"`
	Platform       string                `json:"platform"`
	Simulated      bool                  `json:"simulated"`
	Measurement    enclave.Measurement   `json:"measurement"`
	MeasurementID  enclave.MeasurementID `json:"measurementId"`
	SigningAddress common.Address        `json:"signingAddress"`
	ConfigHash     common.Hash           `json:"configHash"`
	HeaderAuth     string                `json:"headerAuth"`
	// Registered is true when the registry's entry for the exchange names
	// this enclave's signing key and measurement.
	Registered bool `json:"registered"`
}

func (a *app) newBuyerAttestCmd() *cobra.Command {
	var e enclaveFlags
	cmd := &cobra.Command{
		Use:   "attest EXCHANGE_URL",
		Short: "Attest an exchange's enclave with a fresh nonce and check it against your policy and this deployment",
		Long: `Ask the exchange at EXCHANGE_URL for attestation evidence over a fresh nonce and check
it: the evidence's signature, that it binds the enclave's keys and configuration,
that the configuration names this chain, these contracts and this EIP-712 domain,
and that the measurement is accepted (--measurement, else the one the exchange
registered on chain). A simulated enclave is refused unless --allow-simulation
is given, and then a loud warning is printed: it protects nothing.`,
		Example: `  datatrade buyer attest http://127.0.0.1:7400 --allow-simulation
  datatrade buyer attest https://x.example --measurement 0x… --json`,
		Args: cobra.ExactArgs(1),
	}
	e.add(cmd, false)
	cmd.Flags().StringSliceVar(&e.measurements, "measurement", nil, "accepted measurement ids (32 bytes hex, as the registry stores them)")
	return a.chainCmd(cmd, false, func(ctx context.Context, s *session, args []string) error {
		c := host.NewClient(args[0], e.httpClient())
		info, err := c.Info(ctx)
		if err != nil {
			return err
		}
		var onChain common.Hash
		var reg *datatrade.Exchange
		if info.ExchangeID != 0 {
			if reg, err = s.m.Exchange(ctx, info.ExchangeID); err != nil {
				return err
			}
			onChain = reg.Measurement
		}
		info, claims, err := a.attest(ctx, s.m, c, &e, onChain)
		if err != nil {
			return err
		}
		res := attestResult{
			URL: args[0], ExchangeID: info.ExchangeID, Platform: claims.Platform, Simulated: claims.Simulated,
			Measurement: claims.Measurement, MeasurementID: claims.MeasurementID(), SigningAddress: info.Keys.SigningAddress,
			ConfigHash: info.Config.Hash(), HeaderAuth: info.Config.HeaderAuth,
			Registered: reg != nil && reg.EnclaveSigner == info.Keys.SigningAddress && reg.Measurement == common.Hash(claims.MeasurementID()),
		}
		return a.emit(res, func(w io.Writer) {
			fmt.Fprintf(w, "exchange %d at %s: attested\n", res.ExchangeID, res.URL)
			fmt.Fprintf(w, "  platform     %s", res.Platform)
			if res.Simulated {
				fmt.Fprint(w, "  (SIMULATION: no protection)")
			}
			fmt.Fprintf(w, "\n  measurement  %s\n  signer       %s\n  config       %x (headers: %s)\n", res.MeasurementID, res.SigningAddress, res.ConfigHash, res.HeaderAuth)
			if res.Registered {
				fmt.Fprintln(w, "  matches the exchange's registration on chain")
			} else {
				fmt.Fprintln(w, "  does NOT match any registration on chain: trades cannot name it")
			}
		})
	})
}

// buyerIdentity is the buyer's HPKE key pair, which samples and deliveries
// are wrapped to.
type buyerIdentity struct{ keyFile, passFile string }

func (k *buyerIdentity) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&k.keyFile, "key-file", "", "your HPKE key file (the key the trade was opened with)")
	cmd.Flags().StringVar(&k.passFile, "passphrase-file", "", "file holding the key file's passphrase (else DATATRADE_PASSPHRASE, else a prompt)")
}

// load reads the key pair and checks that it is the trade's buyer key.
func (k *buyerIdentity) load(t *datatrade.Trade) (*envelope.PrivateKey, error) {
	if k.keyFile == "" {
		return nil, usagef("--key-file is required: the key pair the trade was opened with")
	}
	b, err := os.ReadFile(k.keyFile)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "cannot read the key file %s", k.keyFile)
	}
	pass, err := readPassphrase(k.passFile)
	if err != nil {
		return nil, err
	}
	key, err := envelope.ParseKeyFile(b, pass)
	clear(pass)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(key.Public().Bytes(), t.BuyerPubKey) {
		return nil, datatrade.Errorf(datatrade.EUNAUTHORIZED, "%s is not the key trade %d was opened with", k.keyFile, t.ID)
	}
	return key, nil
}

// tradeArg reads the trade a TRADE argument names.
func tradeArg(ctx context.Context, s *session, arg string) (*datatrade.Trade, error) {
	id, err := parseID("TRADE", arg)
	if err != nil {
		return nil, err
	}
	return s.m.Trade(ctx, id)
}

// tradeExchanges returns the named exchanges of t to ask, with a client
// for each: only --exchange if given (at --exchange-url if given).
func tradeExchanges(ctx context.Context, m *market.Client, t *datatrade.Trade, e *enclaveFlags) ([]datatrade.TradeExchange, []*host.Client, error) {
	if e.url != "" && e.exchange == 0 {
		return nil, nil, usagef("--exchange-url needs --exchange: the id of the exchange at that URL")
	}
	var xs []datatrade.TradeExchange
	var cs []*host.Client
	for _, x := range t.Exchanges {
		if e.exchange != 0 && x.ID != e.exchange {
			continue
		}
		url := e.url
		if url == "" {
			reg, err := m.Exchange(ctx, x.ID)
			if err != nil {
				return nil, nil, err
			}
			url = reg.Endpoint
		}
		xs = append(xs, x)
		cs = append(cs, host.NewClient(url, e.httpClient()))
	}
	if len(xs) == 0 {
		return nil, nil, datatrade.Errorf(datatrade.ENOTFOUND, "trade %d does not name exchange %d", t.ID, e.exchange)
	}
	return xs, cs, nil
}

// recoverSigner returns the address that signed digest d (V 0/1 or 27/28).
func recoverSigner(d common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, datatrade.Errorf(datatrade.EINTEGRITY, "a signature is 65 bytes, not %d", len(sig))
	}
	s := slices.Clone(sig)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.SigToPub(d[:], s)
	if err != nil {
		return common.Address{}, datatrade.Errorf(datatrade.EINTEGRITY, "malformed signature")
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// checkSigned checks that s is the digest want signed by signer.
func checkSigned(what string, s *exchange.Signed, want common.Hash, signer common.Address) error {
	if s == nil || s.Digest != want {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the exchange's %s is not for this trade", what)
	}
	got, err := recoverSigner(s.Digest, s.Signature)
	if err != nil {
		return err
	}
	if got != signer {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the exchange's %s is signed by %s, not by the enclave %s the trade names", what, got, signer)
	}
	return nil
}

// sampleResult is a checked sample.
type sampleResult struct {
	TradeID  uint64          `json:"tradeId"`
	Exchange uint64          `json:"exchangeId"`
	Indices  []uint64        `json:"indices"`
	Chunks   []sampleOut     `json:"chunks"`
	Receipt  exchange.Signed `json:"receipt"`
	Checked  bool            `json:"checked"`

	data [][]byte
}

type sampleOut struct {
	Index uint64 `json:"index"`
	Bytes int    `json:"bytes"`
	File  string `json:"file,omitempty"`
}

// chunkSizes returns the commitment chunk sizes consistent with a
// listing's size and chunk count, first hint if it is one: the chain holds
// the count, not the size, and the seller chose the size.
func chunkSizes(size uint64, count uint32, hint int) []int {
	fits := func(c int) bool {
		if c < envelope.MinChunkSize || c > envelope.MaxChunkSize {
			return false
		}
		return (envelope.Commitment{Size: size, ChunkSize: c}).Leaves() == uint64(max(count, 1))
	}
	var out []int
	if fits(hint) {
		out = append(out, hint)
	}
	for c := envelope.MinChunkSize; c <= envelope.MaxChunkSize; c <<= 1 {
		if fits(c) && !slices.Contains(out, c) {
			out = append(out, c)
			if count <= 1 {
				break // one chunk: every size gives the same root
			}
		}
	}
	return out
}

// checkSample unwraps every sample chunk with the buyer's key and checks
// that the chunks are exactly the listing's fixed sample set, each with a
// Merkle proof against the trade's root R, and that the receipt is signed by
// the trade's enclave for exchange x.
func checkSample(cfg *enclave.Config, dep market.Deployment, t *datatrade.Trade, l *datatrade.Listing, x datatrade.TradeExchange,
	key *envelope.PrivateKey, s *exchange.Sample) (*sampleResult, error) {
	if s == nil {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "no sample")
	}
	if err := checkSigned("sample receipt", &s.Receipt, exchange.SampleReceiptDigest(cfg, t.ID, x.ID), x.Signer); err != nil {
		return nil, err
	}
	want := exchange.SampleIndices(l.SampleSeed, l.ChunkCount)
	got := make([]uint64, len(s.Chunks))
	for i, c := range s.Chunks {
		got[i] = c.Index
	}
	if !slices.Equal(got, want) {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "the sample holds chunks %v, but the listing's fixed sample set is %v", got, want)
	}
	wc := tradeWrapContext(dep, t.ID, exchange.PurposeSample)
	res := &sampleResult{TradeID: t.ID, Exchange: x.ID, Indices: got, Chunks: []sampleOut{}, Receipt: s.Receipt}
	var proofs []envelope.Proof
	hint := 0
	for _, c := range s.Chunks {
		pt, err := envelope.Unwrap(key, wc, c.Wrapped)
		if err != nil {
			return nil, datatrade.Errorf(datatrade.EINTEGRITY, "sample chunk %d does not open with your key", c.Index)
		}
		proof, chunk, err := exchange.DecodeSampleChunk(pt)
		if err != nil {
			return nil, err
		}
		if proof.Index != c.Index {
			return nil, datatrade.Errorf(datatrade.EINTEGRITY, "sample chunk %d carries the proof of chunk %d", c.Index, proof.Index)
		}
		if c.Index+1 < uint64(l.ChunkCount) {
			hint = len(chunk) // every chunk but the last has the full size
		}
		proofs = append(proofs, proof)
		res.data = append(res.data, chunk)
	}
	if err := verifyChunks(t.Root, l, hint, proofs, res.data); err != nil {
		return nil, err
	}
	for i, c := range s.Chunks {
		res.Chunks = append(res.Chunks, sampleOut{Index: c.Index, Bytes: len(res.data[i])})
	}
	res.Checked = true
	return res, nil
}

// tradeWrapContext is the context an enclave wraps a trade's sample chunks
// or delivery key under (the exchange program's wrapContext).
func tradeWrapContext(dep market.Deployment, tradeID uint64, purpose string) envelope.WrapContext {
	c := envelope.WrapContext{ChainID: dep.ChainID, Contract: dep.Escrow, Purpose: purpose}
	binary.BigEndian.PutUint64(c.TradeID[24:], tradeID)
	return c
}

// verifyChunks checks every chunk against R with its proof, under the
// first commitment chunk size that fits the listing and verifies them all.
func verifyChunks(root common.Hash, l *datatrade.Listing, hint int, proofs []envelope.Proof, chunks [][]byte) error {
	var first error
	for _, cs := range chunkSizes(l.Size, l.ChunkCount, hint) {
		com := envelope.Commitment{Root: root, Size: l.Size, ChunkSize: cs}
		var err error
		for i, p := range proofs {
			if err = com.Verify(p, chunks[i]); err != nil {
				break
			}
		}
		if err == nil {
			return nil
		}
		if first == nil {
			first = err
		}
	}
	if first == nil {
		first = datatrade.Errorf(datatrade.EINTEGRITY, "the listing's size and chunk count fit no chunk size")
	}
	return first
}

// buyerSample fetches the sample of trade t from one of its exchanges and
// checks it.
func (a *app) buyerSample(ctx context.Context, m *market.Client, t *datatrade.Trade, key *envelope.PrivateKey, e *enclaveFlags) (*sampleResult, error) {
	l, err := m.Listing(ctx, t.ListingID)
	if err != nil {
		return nil, err
	}
	xs, cs, err := tradeExchanges(ctx, m, t, e)
	if err != nil {
		return nil, err
	}
	var firstErr error
	for i, x := range xs {
		res, err := a.sampleFrom(ctx, m, cs[i], t, l, x, key, e)
		if err == nil {
			return res, nil
		}
		a.say("exchange %d: no sample: %s", x.ID, datatrade.ErrorMessage(err))
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, firstErr
}

func (a *app) sampleFrom(ctx context.Context, m *market.Client, c *host.Client, t *datatrade.Trade, l *datatrade.Listing,
	x datatrade.TradeExchange, key *envelope.PrivateKey, e *enclaveFlags) (*sampleResult, error) {
	info, claims, err := a.attest(ctx, m, c, e, x.Measurement)
	if err != nil {
		return nil, err
	}
	if err := agent.CheckIdentity(info.Keys, claims, x); err != nil {
		return nil, err
	}
	s, err := c.Sample(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	return checkSample(&info.Config, m.Deployment(), t, l, x, key, s)
}

func (a *app) newBuyerSampleCmd() *cobra.Command {
	var (
		e   enclaveFlags
		id  buyerIdentity
		out string
	)
	cmd := &cobra.Command{
		Use:   "sample TRADE",
		Short: "Fetch the listing's sample from an exchange, check every chunk's proof against R and save the chunks",
		Long: `Attest a named exchange, fetch the listing's fixed sample set wrapped to your key,
and check it: exactly the chunks the Market fixed for the listing, each with a
Merkle proof against the trade's root R, and a sample receipt signed by the
trade's enclave. The chunks are written to --out as chunk-<index>.bin. You may
still cancel the trade after looking (the fee then pays for the sample).`,
		Example: `  datatrade buyer sample 7 --key-file me.key --out sample/ --allow-simulation`,
		Args:    cobra.ExactArgs(1),
	}
	e.add(cmd, true)
	id.add(cmd)
	cmd.Flags().StringVar(&out, "out", "", "directory to write the sample chunks to")
	return a.chainCmd(cmd, false, func(ctx context.Context, s *session, args []string) error {
		t, err := tradeArg(ctx, s, args[0])
		if err != nil {
			return err
		}
		key, err := id.load(t)
		if err != nil {
			return err
		}
		res, err := a.buyerSample(ctx, s.m, t, key, &e)
		if err != nil {
			return err
		}
		if out != "" {
			if err := os.MkdirAll(out, 0o700); err != nil {
				return datatrade.Errorf(datatrade.EINVALID, "cannot create %s", out)
			}
			for i := range res.Chunks {
				p := filepath.Join(out, fmt.Sprintf("chunk-%d.bin", res.Chunks[i].Index))
				if err := envelope.WriteFileAtomic(p, res.data[i], 0o600); err != nil {
					return err
				}
				res.Chunks[i].File = p
			}
		}
		return a.emit(res, func(w io.Writer) {
			fmt.Fprintf(w, "sample of trade %d from exchange %d: %d chunk(s) %v, every proof checked against R\n", res.TradeID, res.Exchange, len(res.Chunks), res.Indices)
			for _, c := range res.Chunks {
				fmt.Fprintf(w, "  chunk %d: %d bytes %s\n", c.Index, c.Bytes, c.File)
			}
		})
	})
}

// readyResult is one exchange's answer to `buyer ready`.
type readyResult struct {
	Exchange uint64           `json:"exchangeId"`
	Ready    bool             `json:"ready"`
	Error    string           `json:"error,omitempty"`
	Signed   *exchange.Signed `json:"statement,omitempty"`
	// PreparedCID names the buyer's ciphertext the exchange prepared
	// before payment, now in the buyer's store, checked against the
	// enclave's signed statement.
	PreparedCID string `json:"preparedCid,omitempty"`
}

// exchangeConfig returns the enclave configuration the exchange behind c
// reports, checked to name this deployment. The statements checked under
// it are signed by the enclave the trade's snapshot names, so a host
// reporting another configuration only makes them fail.
func exchangeConfig(ctx context.Context, dep market.Deployment, c *host.Client) (*enclave.Config, error) {
	info, err := c.Info(ctx)
	if err != nil {
		return nil, err
	}
	if err := agent.CheckConfig(&info.Config, agent.Expected(dep), common.Address{}); err != nil {
		return nil, err
	}
	return &info.Config, nil
}

// checkReady asks exchange x whether it holds data verified against R, and
// checks the signed answer against the trade's snapshot.
func checkReady(ctx context.Context, dep market.Deployment, c *host.Client, t *datatrade.Trade, x datatrade.TradeExchange) (*exchange.Signed, error) {
	cfg, err := exchangeConfig(ctx, dep, c)
	if err != nil {
		return nil, err
	}
	return readyUnder(ctx, cfg, c, t, x)
}

// readyUnder is checkReady under the configuration cfg.
func readyUnder(ctx context.Context, cfg *enclave.Config, c *host.Client, t *datatrade.Trade, x datatrade.TradeExchange) (*exchange.Signed, error) {
	s, err := c.Ready(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	if err := checkSigned("ready statement", s, exchange.ReadyDigest(cfg, x.ID, t.ID, t.Root), x.Signer); err != nil {
		return nil, err
	}
	return s, nil
}

// fetchPrepared makes sure the buyer's store st holds the ciphertext that
// exchange x (behind c, whose configuration cfg was checked) prepared for
// trade t before payment: it gets the enclave's current signed statement,
// checks it for this trade, this exchange (the snapshot's id and signer)
// and R, and, unless st holds that CID already, downloads the bytes with
// host.FetchPrepared through a pipe into st, which names them by their
// CID; that CID must be the statement's. It returns the statement.
func fetchPrepared(ctx context.Context, c *host.Client, cfg *enclave.Config, t *datatrade.Trade, x datatrade.TradeExchange, st store.Store) (*exchange.Prepared, error) {
	p, err := c.Prepared(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	if p.TradeID != t.ID || p.Exchange != x.ID {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "the prepared statement is for trade %d of exchange %d, not trade %d of exchange %d", p.TradeID, p.Exchange, t.ID, x.ID)
	}
	if err := exchange.VerifyPrepared(cfg, x.Signer, t.Root, p); err != nil {
		return nil, err
	}
	id, err := store.ParseCID(p.CiphertextCID)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "the prepared statement names %q, which is not a CID", p.CiphertextCID)
	}
	if has, err := st.Has(ctx, id); err != nil || has {
		return p, err
	}
	pr, pw := io.Pipe()
	var fetched *exchange.Prepared
	var fetchErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		fetched, fetchErr = host.FetchPrepared(ctx, c, cfg, x.Signer, x.ID, t.ID, t.Root, pw)
		pw.CloseWithError(fetchErr)
	}()
	got, _, err := st.Put(ctx, pr)
	pr.CloseWithError(err)
	<-done
	if fetchErr != nil {
		return nil, fetchErr
	}
	if err != nil {
		return nil, fmt.Errorf("store the prepared ciphertext %s: %w", fetched.CiphertextCID, err)
	}
	if got.String() != fetched.CiphertextCID {
		_ = st.Delete(ctx, got)
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "exchange %d sent other bytes than its prepared ciphertext %s", x.ID, fetched.CiphertextCID)
	}
	return fetched, nil
}

// buyerStore opens the buyer's blob store: dir, else <home>/store.
func buyerStore(s *session, dir string) (store.Store, error) {
	if dir == "" {
		home, err := s.f.homeDir()
		if err != nil {
			return nil, err
		}
		dir = filepath.Join(home, "store")
	}
	return store.OpenLocal(dir, store.LocalOptions{})
}

func (a *app) newBuyerReadyCmd() *cobra.Command {
	var (
		e       enclaveFlags
		storeIn string
	)
	cmd := &cobra.Command{
		Use:   "ready TRADE",
		Short: "Ask the trade's exchanges for their signed ready statement and fetch the ciphertext each prepared for you",
		Long: `Pay only once at least one named exchange has said, signed by the enclave the
trade names, that it holds the seller's data and checked every chunk against R,
and you hold the ciphertext it prepared for you before payment. For each
exchange this checks the ready statement, then the enclave's signed statement
naming the buyer's ciphertext (for this trade, this exchange and R), downloads
that ciphertext into your store (<home>/store) and checks it against the CID.
An exchange counts as ready only when both succeed: with the bytes in hand,
no exchange can withhold them after you paid (the Delivery it signs after
payment names the same CID). Exits non-zero when no exchange is ready yet.`,
		Example: `  datatrade buyer ready 7 && datatrade buyer pay 7 --account dev:3`,
		Args:    cobra.ExactArgs(1),
	}
	e.add(cmd, true)
	cmd.Flags().StringVar(&storeIn, "store", "", "your blob store (default <home>/store)")
	return a.chainCmd(cmd, false, func(ctx context.Context, s *session, args []string) error {
		t, err := tradeArg(ctx, s, args[0])
		if err != nil {
			return err
		}
		xs, cs, err := tradeExchanges(ctx, s.m, t, &e)
		if err != nil {
			return err
		}
		st, err := buyerStore(s, storeIn)
		if err != nil {
			return err
		}
		res := []readyResult{}
		anyReady := false
		for i, x := range xs {
			r := readyResult{Exchange: x.ID}
			if err := readyAndPrepared(ctx, s.m.Deployment(), cs[i], t, x, st, &r); err != nil {
				r.Error = datatrade.ErrorMessage(err)
			} else {
				r.Ready, anyReady = true, true
			}
			res = append(res, r)
		}
		if err := a.emit(res, func(w io.Writer) {
			for _, r := range res {
				if r.Ready {
					fmt.Fprintf(w, "exchange %d: ready (holds data verified against R); its prepared ciphertext %s is in your store, checked against the enclave's statement\n", r.Exchange, r.PreparedCID)
				} else {
					fmt.Fprintf(w, "exchange %d: not ready: %s\n", r.Exchange, r.Error)
				}
			}
		}); err != nil {
			return err
		}
		if !anyReady {
			return datatrade.Errorf(datatrade.EUNAVAILABLE, "no exchange of trade %d is ready yet: do not pay", t.ID)
		}
		return nil
	})
}

// readyAndPrepared checks exchange x's ready statement and fetches its
// prepared ciphertext into st, filling r.
func readyAndPrepared(ctx context.Context, dep market.Deployment, c *host.Client, t *datatrade.Trade, x datatrade.TradeExchange, st store.Store, r *readyResult) error {
	cfg, err := exchangeConfig(ctx, dep, c)
	if err != nil {
		return err
	}
	if r.Signed, err = readyUnder(ctx, cfg, c, t, x); err != nil {
		return err
	}
	p, err := fetchPrepared(ctx, c, cfg, t, x, st)
	if err != nil {
		return fmt.Errorf("ready, but its prepared ciphertext: %w", err)
	}
	r.PreparedCID = p.CiphertextCID
	return nil
}

// payGuard is `buyer pay`'s check that the buyer holds a prepared
// ciphertext before paying.
type payGuard struct {
	storeIn string
	without bool
	timeout time.Duration
}

func (g *payGuard) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&g.storeIn, "store", "", "your blob store, where `buyer ready` put the prepared ciphertexts (default <home>/store)")
	fl.BoolVar(&g.without, "without-prepared", false, "pay although no exchange served its prepared ciphertext (DANGEROUS: an exchange could then take the payment and withhold the data)")
	fl.DurationVar(&g.timeout, "http-timeout", 30*time.Second, "give up on an exchange's answer after this long")
}

// check refuses to let trade id be paid unless the buyer's store holds the
// ciphertext at least one of its exchanges prepared before payment, under
// the exchange's current signed statement (fetched now if missing: a host
// that restarted since `buyer ready` prepared a new one). A trade that is
// not open is left to the Escrow, which refuses the payment with its reason.
func (g *payGuard) check(ctx context.Context, a *app, s *session, id uint64) error {
	if g.without {
		a.warn("WARNING: paying trade %d WITHOUT holding any exchange's prepared ciphertext (--without-prepared): an exchange can take the payment and never serve the data; your way back is then a refund after the deadline or compensation from its stake", id)
		return nil
	}
	t, err := s.m.Trade(ctx, id)
	if err != nil || t.State != datatrade.TradeOpen {
		return err
	}
	st, err := buyerStore(s, g.storeIn)
	if err != nil {
		return err
	}
	xs, cs, err := tradeExchanges(ctx, s.m, t, &enclaveFlags{timeout: g.timeout})
	if err != nil {
		return err
	}
	var held, why []string
	for i, x := range xs {
		var r readyResult
		if err := readyAndPrepared(ctx, s.m.Deployment(), cs[i], t, x, st, &r); err != nil {
			why = append(why, fmt.Sprintf("exchange %d: %s", x.ID, datatrade.ErrorMessage(err)))
			continue
		}
		held = append(held, fmt.Sprintf("exchange %d: %s", x.ID, r.PreparedCID))
	}
	if len(held) == 0 {
		return datatrade.Errorf(datatrade.EUNAVAILABLE, "no exchange has served its prepared ciphertext: do not pay; run `datatrade buyer ready %d` (%s)", id, strings.Join(why, "; "))
	}
	a.say("your store holds the prepared ciphertext of %s, checked against the enclaves' signed statements", strings.Join(held, ", "))
	return nil
}

// fetchResult is what `buyer fetch` prints.
type fetchResult struct {
	TradeID       uint64      `json:"tradeId"`
	Exchange      uint64      `json:"exchangeId"`
	CiphertextCID string      `json:"ciphertextCid"`
	KeyFrom       string      `json:"keyFrom"`
	Out           string      `json:"out"`
	Bytes         int64       `json:"bytes"`
	Root          common.Hash `json:"root"`
	Chunks        uint64      `json:"chunks"`
	RootChecked   bool        `json:"rootChecked"`
	// Prefetched is true when the committed ciphertext was in the buyer's
	// store already: fetched and checked before payment (`buyer ready`,
	// `buyer pay`), or by an earlier fetch.
	Prefetched bool `json:"prefetched"`
}

// fetchSource says where fetchDelivery finds what it needs.
type fetchSource struct {
	// client is the committing exchange (nil: not reachable; then cid and
	// an on-chain reveal are needed).
	client *host.Client
	// cid is the buyer's ciphertext CID, if known.
	cid string
	// st is the buyer's store: the ciphertext is read from it if present,
	// and kept in it after a download.
	st store.Store
	// unchecked accepts a delivery key without the listing salt: the data
	// is then authenticated by its encryption only, not checked against R.
	unchecked bool
}

// fetchDelivery gets a committed trade's wrapped key (on chain, or directly
// from the exchange) and ciphertext (store or exchange), checks both
// against the commit, decrypts, checks every chunk against R and writes
// out atomically: only when every check passed.
func fetchDelivery(ctx context.Context, m *market.Client, t *datatrade.Trade, l *datatrade.Listing, key *envelope.PrivateKey, src fetchSource, out string) (*fetchResult, error) {
	if t.State != datatrade.TradeCommitted && t.State != datatrade.TradeRevealed && t.State != datatrade.TradeCompensated {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d is %s: nothing was delivered", t.ID, t.State)
	}
	res := &fetchResult{TradeID: t.ID, Exchange: t.CommittedExchange, Out: out, Root: t.Root}
	// The wrapped key: on chain after the reveal, else from the exchange.
	wrapped, err := m.WrappedKey(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	res.KeyFrom = "chain"
	if len(wrapped) == 0 {
		if src.client == nil {
			return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "trade %d's key is not revealed on chain yet and the exchange is not reachable", t.ID)
		}
		if wrapped, err = src.client.Reveal(ctx, t.ID); err != nil {
			return nil, err
		}
		res.KeyFrom = "exchange"
	}
	if crypto.Keccak256Hash(wrapped) != t.WrappedKeyHash {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "the wrapped key is not the one exchange %d committed to", t.CommittedExchange)
	}
	// The ciphertext's CID.
	cidStr := src.cid
	if cidStr == "" {
		if src.client == nil {
			return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "the exchange is not reachable: give the ciphertext's CID")
		}
		d, err := src.client.Delivery(ctx, t.ID)
		if err != nil {
			return nil, err
		}
		cidStr = d.CiphertextCID
	}
	if crypto.Keccak256Hash([]byte(cidStr)) != t.CiphertextCIDHash {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "ciphertext %s is not the one exchange %d committed to", cidStr, t.CommittedExchange)
	}
	id, err := store.ParseCID(cidStr)
	if err != nil {
		return nil, err
	}
	res.CiphertextCID = cidStr
	has, err := src.st.Has(ctx, id)
	if err != nil {
		return nil, err
	}
	res.Prefetched = has
	if !has {
		if src.client == nil {
			return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "ciphertext %s is not in your store and the exchange is not reachable", cidStr)
		}
		if err := download(ctx, src.client, src.st, id); err != nil {
			return nil, err
		}
	}
	// The key.
	wc := tradeWrapContext(m.Deployment(), t.ID, exchange.PurposeDelivery)
	secret, err := envelope.Unwrap(key, wc, wrapped)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "the delivered key does not open with your key")
	}
	defer clear(secret)
	rc, err := src.st.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	if err := openDelivery(secret, rc, t, l, out, src.unchecked, res); err != nil {
		return nil, err
	}
	return res, nil
}

// openDelivery decrypts the buyer's ciphertext rc with the unwrapped
// secret — K_D alone (32 bytes) or envelope.Secrets with the listing salt
// (65 bytes) — into a temporary file beside out, checks every chunk against
// the trade's root R when the salt came with the key, and renames the file
// to out only when every check passed. Without the salt it refuses unless
// unchecked (the encryption alone then authenticates the bytes).
func openDelivery(secret []byte, rc io.Reader, t *datatrade.Trade, l *datatrade.Listing, out string, unchecked bool, res *fetchResult) error {
	var kd envelope.DataKey
	var salt *envelope.ListingSalt
	switch len(secret) {
	case len(kd):
		copy(kd[:], secret)
	default:
		var s envelope.Secrets
		if err := s.UnmarshalBinary(secret); err != nil {
			return datatrade.Errorf(datatrade.EINTEGRITY, "the delivered key is malformed")
		}
		kd, salt = s.DataKey, &s.ListingSalt
		defer clear(s.ListingSalt[:])
	}
	defer clear(kd[:])
	if salt == nil && !unchecked {
		return datatrade.Errorf(datatrade.EINTEGRITY,
			"exchange %d revealed the data key without the listing salt: the data cannot be checked against R, so nothing was written (--unchecked writes it with only its encryption authenticated)", t.CommittedExchange)
	}
	dst, err := createAtomic(out)
	if err != nil {
		return err
	}
	defer dst.abort()
	var committers []*envelope.Committer
	ws := []io.Writer{dst}
	if salt != nil {
		for _, cs := range chunkSizes(l.Size, l.ChunkCount, 0) {
			c, err := envelope.NewCommitter(*salt, cs, false)
			if err != nil {
				return err
			}
			committers = append(committers, c)
			ws = append(ws, c)
		}
	}
	r, err := envelope.NewReader(rc, kd)
	if err != nil {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the ciphertext does not open with the delivered key: %s", datatrade.ErrorMessage(err))
	}
	n, err := r.WriteTo(io.MultiWriter(ws...))
	if err != nil {
		return err
	}
	res.Bytes = n
	for _, c := range committers {
		com, err := c.Commitment()
		if err == nil && com.Root == t.Root && com.Size == l.Size {
			res.RootChecked, res.Chunks = true, com.Leaves()
			break
		}
	}
	if !res.RootChecked && salt != nil {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the delivered data does not match the listing's root R: nothing was written")
	}
	if !res.RootChecked && uint64(n) != l.Size {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the delivered data has %d bytes, the listing %d: nothing was written", n, l.Size)
	}
	return dst.commit(0o600)
}

// download copies blob id from the exchange into the store, checked against
// its CID by the store.
func download(ctx context.Context, c *host.Client, st store.Store, id interface{ String() string }) error {
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(c.GetBlob(ctx, id.String(), pw)) }()
	got, _, err := st.Put(ctx, pr)
	pr.CloseWithError(err)
	if err != nil {
		return fmt.Errorf("download ciphertext %s: %w", id, err)
	}
	if got.String() != id.String() {
		_ = st.Delete(ctx, got)
		return datatrade.Errorf(datatrade.EINTEGRITY, "the exchange sent other bytes than ciphertext %s", id)
	}
	return nil
}

func (a *app) newBuyerFetchCmd() *cobra.Command {
	var (
		e         enclaveFlags
		id        buyerIdentity
		out       string
		cidFlag   string
		storeIn   string
		unchecked bool
	)
	cmd := &cobra.Command{
		Use:   "fetch TRADE --out FILE",
		Short: "Download, decrypt and check a delivered dataset; FILE appears only if every chunk matches R",
		Long: `After an exchange committed the trade: take the wrapped key from the chain (after the
reveal) or from the exchange, and the ciphertext from your store (where
` + "`buyer ready`" + ` put the one prepared before payment) or the exchange;
check both against the commit on chain, decrypt, and check every chunk against
the listing's root R. FILE is written atomically, and only if every check
passed. The ciphertext is kept in your store (<home>/store) for later re-download.`,
		Example: `  datatrade buyer fetch 7 --out weather.csv --key-file me.key
  datatrade buyer fetch 7 --out weather.csv --key-file me.key --cid bafy…   # the exchange is gone`,
		Args: cobra.ExactArgs(1),
	}
	e.add(cmd, false)
	id.add(cmd)
	fl := cmd.Flags()
	fl.StringVar(&out, "out", "", "file to write the data to (required)")
	fl.StringVar(&cidFlag, "cid", "", "the ciphertext's CID (default: ask the committing exchange)")
	fl.StringVar(&storeIn, "store", "", "your blob store (default <home>/store)")
	fl.StringVar(&e.url, "exchange-url", "", "the committing exchange's API URL (default: its endpoint in the registry)")
	fl.BoolVar(&unchecked, "unchecked", false, "write the data even when the exchange revealed no listing salt to check it against R (its encryption is still authenticated)")
	return a.chainCmd(cmd, false, func(ctx context.Context, s *session, args []string) error {
		tid, err := parseID("TRADE", args[0])
		if err != nil {
			return err
		}
		if out == "" {
			return usagef("--out FILE is required")
		}
		t, err := s.m.Trade(ctx, tid)
		if err != nil {
			return err
		}
		key, err := id.load(t)
		if err != nil {
			return err
		}
		l, err := s.m.Listing(ctx, t.ListingID)
		if err != nil {
			return err
		}
		st, err := buyerStore(s, storeIn)
		if err != nil {
			return err
		}
		src := fetchSource{cid: cidFlag, st: st, unchecked: unchecked}
		if t.CommittedExchange != 0 {
			url := e.url
			if url == "" {
				reg, err := s.m.Exchange(ctx, t.CommittedExchange)
				if err != nil {
					return err
				}
				url = reg.Endpoint
			}
			if url != "" {
				src.client = host.NewClient(url, e.httpClient())
			}
		}
		res, err := fetchDelivery(ctx, s.m, t, l, key, src, out)
		if err != nil {
			return err
		}
		if !res.Prefetched {
			a.warn("note: the committed ciphertext %s is not one your store held before payment (the exchange restarted before the payment and prepared a new one, or you paid --without-prepared): it was fetched now by the Delivery's CID, with no before-payment guarantee", res.CiphertextCID)
		}
		if !res.RootChecked {
			a.warn("WARNING: trade %d's data was NOT checked against the listing's root R (the exchange revealed no listing salt); only its encryption was authenticated", tid)
		}
		return a.emit(res, func(w io.Writer) {
			fmt.Fprintf(w, "trade %d: %d bytes from exchange %d written to %s\n", res.TradeID, res.Bytes, res.Exchange, res.Out)
			if res.RootChecked {
				fmt.Fprintf(w, "  every one of %d chunks matches the listing's root %s (key from the %s, ciphertext %s)\n", res.Chunks, short(res.Root), res.KeyFrom, res.CiphertextCID)
			}
		})
	})
}

func (a *app) newBuyerCompensateCmd() *cobra.Command {
	return a.tradeCmd("compensate", "Claim the price from the committing exchange's stake when it never revealed your key",
		func(ctx context.Context, s *session, id uint64) (market.Tx, error) { return s.m.CompensateTx(id), nil })
}

func (a *app) newBuyerSettleCancelCmd() *cobra.Command {
	return a.tradeCmd("settle-cancel", "Take back the fee of a cancelled trade when no exchange claimed it for a sample",
		func(ctx context.Context, s *session, id uint64) (market.Tx, error) {
			return s.m.SettleCancelTx(id), nil
		})
}

func (a *app) newBuyerSellerFaultCmd() *cobra.Command {
	var e enclaveFlags
	cmd := a.tradeCmd("sellerfault", "Submit an exchange's signed proof that the seller's data does not match R (full refund)",
		func(ctx context.Context, s *session, id uint64) (market.Tx, error) {
			t, err := s.m.Trade(ctx, id)
			if err != nil {
				return market.Tx{}, err
			}
			xs, cs, err := tradeExchanges(ctx, s.m, t, &e)
			if err != nil {
				return market.Tx{}, err
			}
			for i, x := range xs {
				st, err := cs[i].Status(ctx, id)
				if err != nil || st.Fault == nil {
					continue
				}
				idx := slices.IndexFunc(t.Exchanges, func(y datatrade.TradeExchange) bool { return y.ID == x.ID })
				return s.m.SellerFaultTx(id, uint64(idx), st.Fault.ChunkIndex, st.Fault.Signature), nil
			}
			return market.Tx{}, datatrade.Errorf(datatrade.ENOTFOUND, "no exchange of trade %d holds a seller-fault statement", id)
		})
	e.add(cmd, true)
	return cmd
}
