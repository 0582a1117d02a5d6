// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Broker} from "./Broker.sol";

/// @title BoardAnchor
/// @notice Anchors the checkpoints of the send-receive board (package board: an RFC 6962 log of the broker
/// path's notifications) on chain, so that every client compares against the same history: the Broker's
/// platform records (size, root) pairs whose size only grows. A client checks a checkpoint the board hands it
/// against the anchored root of the same size, and a later one by a consistency proof from an anchored one.
/// @dev The platform is the Broker's platform at the time of the call.
contract BoardAnchor {
    /// @notice One anchored checkpoint.
    struct Anchored {
        uint64 size;
        bytes32 root;
        uint64 anchoredAt;
        uint64 blockNumber;
    }

    Broker public immutable broker;

    Anchored[] private _anchors;
    /// @dev size => index + 1 (0: never anchored).
    mapping(uint64 => uint256) private _bySize;

    event CheckpointAnchored(uint256 indexed index, uint64 size, bytes32 root, uint64 anchoredAt);

    error NotPlatform(address caller);
    error SizeNotGrowing(uint64 size, uint64 latest);
    error ZeroRoot();
    error NoCheckpoint();
    error UnknownCheckpoint(uint64 size);
    error UnknownIndex(uint256 index);
    error ZeroAddress();

    constructor(Broker broker_) {
        if (address(broker_) == address(0)) revert ZeroAddress();
        broker = broker_;
    }

    /// @notice Anchors the board's checkpoint (size entries, RFC 6962 root). The platform only; size must be
    /// larger than the last anchored size (the log is append-only).
    function anchorCheckpoint(uint64 size, bytes32 root) external {
        if (msg.sender != broker.platform()) revert NotPlatform(msg.sender);
        if (root == bytes32(0)) revert ZeroRoot();
        uint64 last = _anchors.length == 0 ? 0 : _anchors[_anchors.length - 1].size;
        if (size <= last) revert SizeNotGrowing(size, last);
        _anchors.push(
            Anchored({size: size, root: root, anchoredAt: uint64(block.timestamp), blockNumber: uint64(block.number)})
        );
        _bySize[size] = _anchors.length;
        emit CheckpointAnchored(_anchors.length - 1, size, root, uint64(block.timestamp));
    }

    /// @notice Number of anchored checkpoints.
    function anchorCount() external view returns (uint256) {
        return _anchors.length;
    }

    /// @notice The latest anchored checkpoint; reverts NoCheckpoint before the first.
    function latest() external view returns (Anchored memory) {
        if (_anchors.length == 0) revert NoCheckpoint();
        return _anchors[_anchors.length - 1];
    }

    /// @notice The anchored checkpoint at index (from 0); reverts UnknownIndex.
    function anchorAt(uint256 index) external view returns (Anchored memory) {
        if (index >= _anchors.length) revert UnknownIndex(index);
        return _anchors[index];
    }

    /// @notice The anchored checkpoint of a log size; reverts UnknownCheckpoint if none was anchored at it.
    function checkpointOfSize(uint64 size) external view returns (Anchored memory) {
        uint256 i = _bySize[size];
        if (i == 0) revert UnknownCheckpoint(size);
        return _anchors[i - 1];
    }
}
