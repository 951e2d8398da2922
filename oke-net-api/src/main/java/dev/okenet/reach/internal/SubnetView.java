package dev.okenet.reach.internal;

import dev.okenet.resolved.ResolvedSubnet;

/**
 * A subnet with its compiled route table and the ids of its security lists.
 *
 * @param subnet the subnet
 * @param routes its route table (empty when the network lacks it)
 * @param securityLists ids of its security lists in the rule index
 */
record SubnetView(ResolvedSubnet subnet, RouteTableView routes, int[] securityLists) {
  /** E.g. "subnet workers (10.0.4.0/22)". */
  String label() {
    return "subnet " + subnet.key().label() + " (" + subnet.cidr() + ")";
  }
}
