/**
 * A simulated OCI cloud controller manager over {@link dev.okenet.testkit.FakeOci}: it reads
 * Kubernetes Services (fabric8 model objects) with the CCM's annotations, provisions a network load
 * balancer or a load balancer for each LoadBalancer Service, writes the security rules its
 * management mode asks for, and answers what the real CCM would show: the Service's address, or the
 * event it records; each backend's health; and whether a client CIDR gets through to the node ports.
 *
 * <p>It is an independent oracle: it reads only what is in FakeOci (subnets, route tables, security
 * lists, NSGs, node pools) through the OCI SDK interfaces, never a model of the network.
 *
 * <pre>{@code
 * SimulatedCcm ccm = SimulatedCcm.builder(fakeOci).cluster(compartmentId, clusterId).build();
 * ServiceStatus web = ccm.sync(service);
 * web.address();                                    // Optional[203.0.113.7]
 * web.events();                                     // EnsuringLoadBalancer, EnsuredLoadBalancer
 * ccm.clientAccess(service, "198.51.100.0/24").reachable();
 * }</pre>
 */
package dev.okenet.testkit.ccm;
