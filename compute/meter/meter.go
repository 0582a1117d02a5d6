// Package meter makes WebAssembly modules deterministically metered.
//
// Instrument rewrites a WASI module before it is compiled: it adds a mutable
// i64 global holding the remaining budget and, at the start of every basic
// block (function entry, loop header, then and else arms, after every end and
// every branch), code that subtracts the block's static instruction count
// and, once the count drops below zero, calls an imported host function that
// either tops it up from the job's budget or leaves it negative, in which case
// the guest executes unreachable (see RefillModule). Bulk memory and
// table operations are also charged per unit they move, so a cheap loop of
// huge memory.fill calls cannot outrun the meter. Because the charge depends
// only on the module and the path the program takes, the same module on the
// same input consumes the same budget on every node, on every run.
//
// The rewriter also records refused memory.grow calls in a second global (so
// the sandbox can report "memory limit" as the reason a run failed) and can
// canonicalize NaN results of floating-point arithmetic (see Options).
//
// The package is a pure function of its input: no I/O, no clock, no state.
// Its functions are safe for concurrent use.
package meter

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/datatrade/datatrade"
)

// Names of the exports Instrument adds.
const (
	// RemainingExport is a mutable i64 global: the budget left. The host sets
	// it before calling any guest function and reads it afterwards; a value
	// below zero means the meter stopped the run.
	RemainingExport = "datatrade.meter.remaining"
	// GrowRefusedExport is a mutable i32 global set to 1 the first time a
	// memory.grow returned -1 (the memory limit was reached).
	GrowRefusedExport = "datatrade.meter.grow_refused"
	// StartExport names the module's start function (if it had a start
	// section, which Instrument removes so that the host can set the budget
	// before any guest code runs). The host must call it before _start.
	StartExport = "datatrade.meter.start"
)

// The function Instrument imports: RefillModule.RefillName, of type () -> ().
// Metered code calls it whenever the remaining count (RemainingExport) drops
// below zero, then traps with unreachable if it is still below zero. The
// host thus hands the budget out in slices: it tops the count up from what
// is left of the job's budget, or leaves it negative to stop the guest (budget
// used up, wall time exceeded, run canceled). Each call is also a point where
// the Go runtime can preempt the goroutine running the guest, which compiled
// WebAssembly otherwise never offers.
const (
	RefillModule = "datatrade_meter"
	RefillName   = "refill"
)

// BulkShift sets the dynamic price of bulk memory operations: memory.copy,
// memory.fill and memory.init cost one unit per 2^BulkShift bytes, on top of
// the one unit every instruction costs. Bulk table operations (table.copy,
// table.fill, table.init, table.grow) cost one unit per element.
const BulkShift = 4

// Canonical NaN bit patterns written by Options.CanonicalizeNaN: positive
// sign, quiet bit only.
const (
	CanonicalNaN32 uint32 = 0x7fc00000
	CanonicalNaN64 uint64 = 0x7ff8000000000000
)

// Options selects optional rewriting.
type Options struct {
	// CanonicalizeNaN replaces any NaN produced by floating-point arithmetic
	// (add, sub, mul, div, sqrt, min, max, ceil, floor, trunc, nearest,
	// promote, demote; scalar and SIMD) with the canonical NaN. WebAssembly
	// lets engines choose the sign and payload of such NaNs, and x86 and ARM
	// differ (C's printf shows "-nan" on one and "nan" on the other), so
	// nodes on different CPUs could disagree without it. Loads, stores,
	// constants, abs, neg, copysign and reinterpretations are exact in
	// WebAssembly and left alone. The added instructions are not charged.
	CanonicalizeNaN bool
}

// Info describes what Instrument did.
type Info struct {
	// Functions is the number of function bodies rewritten.
	Functions int
	// ChargePoints is the number of metering sequences inserted.
	ChargePoints int
	// HasStart reports that the module had a start section, now exported
	// as StartExport.
	HasStart bool
}

// ErrInvalidModule is wrapped by every error Instrument returns for bytes
// that are not a module it can meter.
var ErrInvalidModule = errors.New("invalid or unsupported wasm module")

// Section ids.
const (
	secCustom    = 0
	secType      = 1
	secImport    = 2
	secFunction  = 3
	secTable     = 4
	secMemory    = 5
	secGlobal    = 6
	secExport    = 7
	secStart     = 8
	secElement   = 9
	secCode      = 10
	secData      = 11
	secDataCount = 12
)

// order gives each known section's required position.
var order = [...]int{secType: 1, secImport: 2, secFunction: 3, secTable: 4, secMemory: 5,
	secGlobal: 6, secExport: 7, secStart: 8, secElement: 9, secDataCount: 10, secCode: 11, secData: 12}

type section struct {
	id   byte
	body []byte
}

// module holds what the rewriter needs to know about the input.
type module struct {
	sections      []section
	typeParams    []uint32 // parameter count of each type
	importedFuncs uint32
	importedGlobs uint32
	funcTypes     []uint32 // type index of each defined function
	definedGlobs  uint32
	exportNames   map[string]bool
}

// Instrument returns a metered copy of the WebAssembly binary wasm. The
// input is never modified. Errors wrap ErrInvalidModule and carry a
// user-safe *datatrade.Error (code EINVALID) naming the problem and offset.
// Instrument never panics, whatever the bytes.
func Instrument(wasm []byte, opts Options) ([]byte, Info, error) {
	m, err := parse(wasm)
	if err != nil {
		return nil, Info{}, invalid(err)
	}
	out, info, err := m.rewrite(opts)
	if err != nil {
		return nil, Info{}, invalid(err)
	}
	return out, info, nil
}

func invalid(err error) error {
	return fmt.Errorf("%w: %w", ErrInvalidModule,
		datatrade.Errorf(datatrade.EINVALID, "wasm module: %v", err))
}

func parse(wasm []byte) (*module, error) {
	r := &reader{b: wasm}
	hdr, err := r.bytes(8)
	if err != nil {
		return nil, errors.New("too short for a wasm header")
	}
	if string(hdr[:4]) != "\x00asm" {
		return nil, errors.New("missing \\0asm magic")
	}
	if binary.LittleEndian.Uint32(hdr[4:]) != 1 {
		return nil, errors.New("unsupported wasm binary version (want 1)")
	}
	m := &module{exportNames: map[string]bool{}}
	last := 0
	for !r.eof() {
		at := r.pos
		id, _ := r.byte()
		size, err := r.u32()
		if err != nil {
			return nil, fmt.Errorf("section header at offset %d: %w", at, err)
		}
		body, err := r.bytes(int(size))
		if err != nil {
			return nil, fmt.Errorf("section %d at offset %d: %w", id, at, err)
		}
		if id != secCustom {
			if int(id) >= len(order) || order[id] == 0 {
				return nil, fmt.Errorf("unsupported section id %d at offset %d", id, at)
			}
			if order[id] <= last {
				return nil, fmt.Errorf("section %d at offset %d out of order or repeated", id, at)
			}
			last = order[id]
		}
		m.sections = append(m.sections, section{id: id, body: body})
		if err := m.readSection(id, body); err != nil {
			return nil, fmt.Errorf("section %d at offset %d: %w", id, at, err)
		}
	}
	return m, nil
}

// maxTableSize bounds declared table sizes: engines allocate a table's
// minimum size eagerly, so a 20-byte module could otherwise ask for a
// gigabyte.
const maxTableSize = 1 << 20

func (m *module) readSection(id byte, body []byte) error {
	r := &reader{b: body}
	switch id {
	case secType, secImport, secFunction, secTable, secMemory, secGlobal, secExport, secElement, secCode, secData:
		// Every vector element takes at least one byte: a count larger than
		// the section is a lie that would make a decoder allocate for it.
		n, err := r.u32()
		if err != nil {
			return err
		}
		if uint64(n) > uint64(len(body)-r.pos) {
			return fmt.Errorf("vector of %d entries in %d bytes", n, len(body)-r.pos)
		}
		r.pos = 0
	}
	switch id {
	case secType:
		n, err := r.u32()
		if err != nil {
			return err
		}
		for i := uint32(0); i < n; i++ {
			if form, err := r.byte(); err != nil {
				return err
			} else if form != 0x60 {
				return fmt.Errorf("type %d: unsupported form 0x%02x", i, form)
			}
			params, err := r.name() // a vector of one-byte value types
			if err != nil {
				return err
			}
			if _, err := r.name(); err != nil {
				return err
			}
			m.typeParams = append(m.typeParams, uint32(len(params)))
		}
	case secImport:
		n, err := r.u32()
		if err != nil {
			return err
		}
		for i := uint32(0); i < n; i++ {
			mod, err := r.name()
			if err != nil {
				return err
			}
			if string(mod) == RefillModule {
				return fmt.Errorf("import module name %q is reserved", RefillModule)
			}
			if _, err := r.name(); err != nil {
				return err
			}
			kind, err := r.byte()
			if err != nil {
				return err
			}
			switch kind {
			case 0: // function
				if _, err := r.u32(); err != nil {
					return err
				}
				m.importedFuncs++
			case 1: // table
				if _, err := r.byte(); err != nil {
					return err
				}
				if err := r.tableLimits(); err != nil {
					return err
				}
			case 2: // memory
				if _, err := r.limits(); err != nil {
					return err
				}
			case 3: // global
				if err := r.skip(2); err != nil {
					return err
				}
				m.importedGlobs++
			default:
				return fmt.Errorf("import %d: unsupported kind %d", i, kind)
			}
		}
	case secFunction:
		n, err := r.u32()
		if err != nil {
			return err
		}
		for i := uint32(0); i < n; i++ {
			t, err := r.u32()
			if err != nil {
				return err
			}
			if int(t) >= len(m.typeParams) {
				return fmt.Errorf("function %d: type index %d out of range", i, t)
			}
			m.funcTypes = append(m.funcTypes, t)
		}
	case secTable:
		n, err := r.u32()
		if err != nil {
			return err
		}
		for i := uint32(0); i < n; i++ {
			if _, err := r.byte(); err != nil {
				return err
			}
			if err := r.tableLimits(); err != nil {
				return err
			}
		}
	case secElement:
		return r.elements()
	case secGlobal:
		n, err := r.u32()
		if err != nil {
			return err
		}
		m.definedGlobs = n
	case secExport:
		n, err := r.u32()
		if err != nil {
			return err
		}
		for i := uint32(0); i < n; i++ {
			name, err := r.name()
			if err != nil {
				return err
			}
			if err := r.skip(1); err != nil {
				return err
			}
			if _, err := r.u32(); err != nil {
				return err
			}
			m.exportNames[string(name)] = true
		}
	}
	return nil
}

// limits reads table or memory limits; shared (threads) and 64-bit memories
// are not supported.
func (r *reader) limits() (minimum uint32, err error) {
	flag, err := r.byte()
	if err != nil {
		return 0, err
	}
	if flag > 1 {
		return 0, unsupported("limits flag 0x%02x (shared or 64-bit memory)", flag)
	}
	if minimum, err = r.u32(); err != nil {
		return 0, err
	}
	if flag == 1 {
		_, err = r.u32()
	}
	return minimum, err
}

func (r *reader) tableLimits() error {
	minimum, err := r.limits()
	if err != nil {
		return err
	}
	if minimum > maxTableSize {
		return fmt.Errorf("table of %d entries exceeds the limit of %d", minimum, maxTableSize)
	}
	return nil
}

// elements checks the element section's nested vectors (see readSection).
func (r *reader) elements() error {
	n, err := r.u32()
	if err != nil {
		return err
	}
	for i := uint32(0); i < n; i++ {
		flags, err := r.u32()
		if err != nil {
			return err
		}
		if flags > 7 {
			return fmt.Errorf("element segment %d: bad flags %d", i, flags)
		}
		if flags == 2 || flags == 6 {
			if _, err := r.u32(); err != nil { // table index
				return err
			}
		}
		if flags&1 == 0 {
			if err := r.constExpr(); err != nil { // offset
				return err
			}
		}
		if flags != 0 && flags != 4 {
			if _, err := r.byte(); err != nil { // element kind or reference type
				return err
			}
		}
		count, err := r.u32()
		if err != nil {
			return err
		}
		if uint64(count) > uint64(len(r.b)-r.pos) {
			return fmt.Errorf("element segment %d: %d entries in %d bytes", i, count, len(r.b)-r.pos)
		}
		for j := uint32(0); j < count; j++ {
			if flags&4 == 0 {
				_, err = r.u32()
			} else {
				err = r.constExpr()
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// constExpr skips a constant expression up to its end.
func (r *reader) constExpr() error {
	for {
		in, err := r.next()
		if err != nil {
			return err
		}
		switch in.kind {
		case kEnd:
			return nil
		case kBlock, kLoop, kIf:
			return errors.New("control instruction in a constant expression")
		}
	}
}

func (m *module) rewrite(opts Options) ([]byte, Info, error) {
	var info Info
	for _, name := range []string{RemainingExport, GrowRefusedExport, StartExport} {
		if m.exportNames[name] {
			return nil, info, fmt.Errorf("export name %q is reserved", name)
		}
	}
	totalGlobals := uint64(m.importedGlobs) + uint64(m.definedGlobs)
	if totalGlobals+2 > 1<<20 {
		return nil, info, errors.New("too many globals")
	}
	fx := funcIndex{imported: m.importedFuncs, total: m.importedFuncs + uint32(len(m.funcTypes))}
	g := globals{remaining: uint32(totalGlobals), growRefused: uint32(totalGlobals) + 1, total: uint32(totalGlobals), refill: fx.imported}
	refillType := uint32(len(m.typeParams))

	out := append([]byte(nil), "\x00asm\x01\x00\x00\x00"...)
	emit := func(id byte, body []byte) {
		out = append(out, id)
		out = appendU32(out, uint32(len(body)))
		out = append(out, body...)
	}
	var startFunc uint32
	for _, s := range m.sections {
		if s.id == secStart {
			r := &reader{b: s.body}
			f, err := r.u32()
			if err != nil {
				return nil, info, fmt.Errorf("start section: %w", err)
			}
			if f >= fx.total {
				return nil, info, fmt.Errorf("start function %d out of range", f)
			}
			startFunc, info.HasStart = fx.shift(f), true
		}
	}
	// Sections Instrument extends; created when the module has none.
	extend := map[byte]func(existing []byte) ([]byte, error){
		secType: func(existing []byte) ([]byte, error) {
			n, rest := vecHead(existing)
			body := appendU32(nil, n+1)
			body = append(body, rest...)
			return append(body, 0x60, 0x00, 0x00), nil // () -> ()
		},
		secImport: func(existing []byte) ([]byte, error) {
			n, rest := vecHead(existing)
			body := appendU32(nil, n+1)
			body = append(body, rest...)
			body = appendName(body, RefillModule)
			body = appendName(body, RefillName)
			body = append(body, 0x00)
			return appendU32(body, refillType), nil
		},
		secGlobal: func(existing []byte) ([]byte, error) {
			body, err := rewriteGlobals(existing, fx)
			if err != nil {
				return nil, err
			}
			body = append(body, 0x7e, 0x01, 0x42, 0x00, 0x0b) // mut i64 = i64.const 0
			body = append(body, 0x7f, 0x01, 0x41, 0x00, 0x0b) // mut i32 = i32.const 0
			return body, nil
		},
		secExport: func(existing []byte) ([]byte, error) {
			body, err := rewriteExports(existing, fx, 2+boolInt(info.HasStart))
			if err != nil {
				return nil, err
			}
			body = appendName(body, RemainingExport)
			body = append(body, 0x03)
			body = appendU32(body, g.remaining)
			body = appendName(body, GrowRefusedExport)
			body = append(body, 0x03)
			body = appendU32(body, g.growRefused)
			if info.HasStart {
				body = appendName(body, StartExport)
				body = append(body, 0x00)
				body = appendU32(body, startFunc)
			}
			return body, nil
		},
	}
	done := map[byte]bool{}
	flush := func(before int) error {
		for _, id := range []byte{secType, secImport, secGlobal, secExport} {
			if !done[id] && order[id] < before {
				body, err := extend[id](nil)
				if err != nil {
					return err
				}
				emit(id, body)
				done[id] = true
			}
		}
		return nil
	}
	for _, s := range m.sections {
		if s.id != secCustom {
			if err := flush(order[s.id]); err != nil {
				return nil, info, err
			}
		}
		var body []byte
		var err error
		switch s.id {
		case secCustom:
			// Only the name section survives, renumbered; debug sections
			// would describe code that no longer exists.
			if body = rewriteNames(s.body, fx); body == nil {
				continue
			}
		case secType, secImport, secGlobal, secExport:
			body, err = extend[s.id](s.body)
			done[s.id] = true
		case secStart:
			continue // exported as StartExport instead
		case secElement:
			body, err = rewriteElements(s.body, fx)
		case secCode:
			body, err = m.rewriteCode(s.body, g, fx, opts, &info)
		default:
			body = s.body
		}
		if err != nil {
			return nil, info, err
		}
		emit(s.id, body)
	}
	if err := flush(len(order) + 1); err != nil {
		return nil, info, err
	}
	return out, info, nil
}

func boolInt(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// vecHead splits a vector-shaped section body into its count and the
// encoded entries (nil gives an empty vector). The count was read
// successfully by parse.
func vecHead(body []byte) (uint32, []byte) {
	if body == nil {
		return 0, nil
	}
	r := &reader{b: body}
	n, _ := r.u32()
	return n, body[r.pos:]
}

// funcIndex renumbers functions: the added import takes index imported, so
// every defined function moves up by one.
type funcIndex struct {
	imported, total uint32
}

func (fx funcIndex) shift(f uint32) uint32 {
	if f >= fx.imported {
		return f + 1
	}
	return f
}

// rewriteConstExpr copies a constant expression, renumbering ref.func.
func rewriteConstExpr(out []byte, r *reader, fx funcIndex) ([]byte, error) {
	for {
		in, err := r.next()
		if err != nil {
			return nil, err
		}
		switch in.kind {
		case kFuncRef:
			if in.index >= fx.total {
				return nil, fmt.Errorf("function index %d out of range", in.index)
			}
			out = appendU32(append(out, r.b[in.start]), fx.shift(in.index))
			continue
		case kBlock, kLoop, kIf:
			return nil, errors.New("control instruction in a constant expression")
		}
		out = append(out, r.b[in.start:in.end]...)
		if in.kind == kEnd {
			return out, nil
		}
	}
}

// rewriteGlobals returns the global section's entries renumbered, with
// a count that includes the two globals Instrument appends.
func rewriteGlobals(body []byte, fx funcIndex) ([]byte, error) {
	n, _ := vecHead(body)
	out := appendU32(nil, n+2)
	if body == nil {
		return out, nil
	}
	r := &reader{b: body}
	r.u32()
	for i := uint32(0); i < n; i++ {
		t, err := r.bytes(2) // value type, mutability
		if err != nil {
			return nil, err
		}
		out = append(out, t...)
		if out, err = rewriteConstExpr(out, r, fx); err != nil {
			return nil, fmt.Errorf("global %d: %w", i, err)
		}
	}
	if !r.eof() {
		return nil, errors.New("trailing bytes in the global section")
	}
	return out, nil
}

// rewriteExports returns the export section renumbered, with a count that
// includes extra exports to be appended.
func rewriteExports(body []byte, fx funcIndex, extra uint32) ([]byte, error) {
	n, _ := vecHead(body)
	out := appendU32(nil, n+extra)
	if body == nil {
		return out, nil
	}
	r := &reader{b: body}
	r.u32()
	for i := uint32(0); i < n; i++ {
		name, err := r.name()
		if err != nil {
			return nil, err
		}
		kind, err := r.byte()
		if err != nil {
			return nil, err
		}
		idx, err := r.u32()
		if err != nil {
			return nil, err
		}
		if kind == 0 {
			if idx >= fx.total {
				return nil, fmt.Errorf("export %q: function %d out of range", name, idx)
			}
			idx = fx.shift(idx)
		}
		out = append(appendU32(out, uint32(len(name))), name...)
		out = appendU32(append(out, kind), idx)
	}
	if !r.eof() {
		return nil, errors.New("trailing bytes in the export section")
	}
	return out, nil
}

// rewriteElements renumbers the function indices of element segments.
func rewriteElements(body []byte, fx funcIndex) ([]byte, error) {
	r := &reader{b: body}
	n, err := r.u32()
	if err != nil {
		return nil, err
	}
	out := appendU32(nil, n)
	for i := uint32(0); i < n; i++ {
		flags, err := r.u32()
		if err != nil {
			return nil, err
		}
		if flags > 7 {
			return nil, fmt.Errorf("element segment %d: bad flags %d", i, flags)
		}
		out = appendU32(out, flags)
		if flags == 2 || flags == 6 {
			t, err := r.u32()
			if err != nil {
				return nil, err
			}
			out = appendU32(out, t)
		}
		if flags&1 == 0 {
			if out, err = rewriteConstExpr(out, r, fx); err != nil {
				return nil, fmt.Errorf("element segment %d: %w", i, err)
			}
		}
		if flags != 0 && flags != 4 {
			k, err := r.byte()
			if err != nil {
				return nil, err
			}
			out = append(out, k)
		}
		count, err := r.u32()
		if err != nil {
			return nil, err
		}
		out = appendU32(out, count)
		for j := uint32(0); j < count; j++ {
			if flags&4 != 0 {
				if out, err = rewriteConstExpr(out, r, fx); err != nil {
					return nil, fmt.Errorf("element segment %d: %w", i, err)
				}
				continue
			}
			f, err := r.u32()
			if err != nil {
				return nil, err
			}
			if f >= fx.total {
				return nil, fmt.Errorf("element segment %d: function %d out of range", i, f)
			}
			out = appendU32(out, fx.shift(f))
		}
	}
	if !r.eof() {
		return nil, errors.New("trailing bytes in the element section")
	}
	return out, nil
}

// rewriteNames renumbers the functions of a "name" custom section (function,
// local and label names). It returns nil for any other custom section and
// for a name section it cannot parse: names are only for diagnostics.
func rewriteNames(body []byte, fx funcIndex) []byte {
	r := &reader{b: body}
	name, err := r.name()
	if err != nil || string(name) != "name" {
		return nil
	}
	out := append([]byte(nil), body[:r.pos]...)
	for !r.eof() {
		id, err := r.byte()
		if err != nil {
			return nil
		}
		sub, err := r.name()
		if err != nil {
			return nil
		}
		if id < 1 || id > 3 { // not keyed by function index
			out = append(appendU32(append(out, id), uint32(len(sub))), sub...)
			continue
		}
		sr := &reader{b: sub}
		n, err := sr.u32()
		if err != nil {
			return nil
		}
		nb := appendU32(nil, n)
		for i := uint32(0); i < n; i++ {
			f, err := sr.u32()
			if err != nil {
				return nil
			}
			start := sr.pos
			if id == 1 {
				_, err = sr.name()
			} else {
				var m uint32
				if m, err = sr.u32(); err == nil {
					for j := uint32(0); j < m && err == nil; j++ {
						if _, err = sr.u32(); err == nil {
							_, err = sr.name()
						}
					}
				}
			}
			if err != nil {
				return nil
			}
			nb = append(appendU32(nb, fx.shift(f)), sub[start:sr.pos]...)
		}
		out = append(appendU32(append(out, id), uint32(len(nb))), nb...)
	}
	return out
}

// globals are the indices of the globals Instrument adds; total is the
// number of globals the original module has (valid indices are below it).
type globals struct {
	remaining, growRefused, total uint32
	refill                        uint32 // function index of the refill import
}

func (m *module) rewriteCode(body []byte, g globals, fx funcIndex, opts Options, info *Info) ([]byte, error) {
	r := &reader{b: body}
	n, err := r.u32()
	if err != nil {
		return nil, err
	}
	if int(n) != len(m.funcTypes) {
		return nil, fmt.Errorf("code section has %d bodies for %d functions", n, len(m.funcTypes))
	}
	out := appendU32(make([]byte, 0, len(body)*2), n)
	var fn []byte
	for i := uint32(0); i < n; i++ {
		size, err := r.u32()
		if err != nil {
			return nil, fmt.Errorf("function %d: %w", m.importedFuncs+i, err)
		}
		code, err := r.bytes(int(size))
		if err != nil {
			return nil, fmt.Errorf("function %d: %w", m.importedFuncs+i, err)
		}
		params := m.typeParams[m.funcTypes[i]]
		fn, err = rewriteFunc(fn[:0], code, params, g, fx, opts, info)
		if err != nil {
			return nil, fmt.Errorf("function %d: %w", m.importedFuncs+i, err)
		}
		out = appendU32(out, uint32(len(fn)))
		out = append(out, fn...)
		info.Functions++
	}
	if !r.eof() {
		return nil, errors.New("trailing bytes after the code section")
	}
	return out, nil
}
