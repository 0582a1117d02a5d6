// SPDX-License-Identifier: MIT
pragma solidity 0.8.24;

// Probe is a tiny contract for the chain package's tests: it emits events and
// reverts in every way the revert decoder must understand.
//
// Compiled once, by hand, with solc-js 0.8.24 (npm package solc@0.8.24) through
// its standard JSON interface, optimizer on (200 runs), evmVersion "shanghai":
//
//	npx solc@0.8.24 --standard-json < input.json > output.json
//
// where input.json holds this file as source "Probe.sol" with those settings and
// outputSelection abi + evm.bytecode.object. Probe.abi and Probe.bin beside this
// file are contracts["Probe.sol"]["Probe"].abi and .evm.bytecode.object of the output.
contract Probe {
    error TradeNotPaid(uint256 tradeId);
    error NotOwner(address caller, string why);

    event Stored(uint256 indexed key, uint256 value, address indexed by);

    mapping(uint256 => uint256) public values;

    function store(uint256 key, uint256 value) external {
        values[key] = value;
        emit Stored(key, value, msg.sender);
    }

    // requireZero reverts with Error(string) unless x is zero.
    function requireZero(uint256 x) external {
        require(x == 0, "x must be zero");
        emit Stored(x, 0, msg.sender);
    }

    // divide panics with code 0x12 when by is zero.
    function divide(uint256 x, uint256 by) external returns (uint256) {
        uint256 r = x / by;
        emit Stored(r, x, msg.sender);
        return r;
    }

    // assertFalse panics with code 0x01.
    function assertFalse() external {
        assert(values[0] == type(uint256).max);
        emit Stored(0, 0, msg.sender);
    }

    // notPaid reverts with the custom error TradeNotPaid(id).
    function notPaid(uint256 id) external {
        values[id] = 1;
        revert TradeNotPaid(id);
    }

    // notOwner reverts with a custom error with two arguments.
    function notOwner() external {
        values[0] = 1;
        revert NotOwner(msg.sender, "only the owner may do this");
    }

    // bare reverts without data.
    function bare() external {
        values[0] = 1;
        revert();
    }

    // unknown reverts with a custom error the tests do not register.
    error Mystery(uint8 code);

    function mystery() external {
        values[0] = 1;
        revert Mystery(7);
    }

    // onlyIfUnset reverts once values[key] is set: two calls in one block
    // pass estimation but the second fails when mined.
    function onlyIfUnset(uint256 key) external {
        require(values[key] == 0, "already set");
        values[key] = 1;
        emit Stored(key, 1, msg.sender);
    }
}
