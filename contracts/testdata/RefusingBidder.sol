// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title RefusingBidder
/// @notice Test fixture only (never deployed outside tests): a contract account that its owner drives through
/// exec and that refuses every plain Ether payment (it has no receive or fallback function).
contract RefusingBidder {
    address public immutable owner;

    constructor() {
        owner = msg.sender;
    }

    function exec(address to, uint256 value, bytes calldata data) external payable returns (bytes memory) {
        require(msg.sender == owner, "not owner");
        (bool ok, bytes memory ret) = to.call{value: value}(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }
}
