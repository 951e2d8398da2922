/**
 * A pod scheduling simulation over {@link dev.okenet.testkit.FakeOci}: scale node pools, schedule
 * pods, and watch what the cluster does with the addresses FakeOci really handed out. On VCN-native
 * clusters each pod takes one of the secondary IPs its node's pod VNICs pre-allocated in the pod
 * subnet; when the pod subnet ran out, pods stay Pending with the CNI's {@code FailedToCreatePrivateIP}.
 * On flannel each node gets a /25 of the pods CIDR; nodes beyond the CIDR's capacity get none and
 * take no pods.
 *
 * <pre>{@code
 * PodScheduling cluster = PodScheduling.builder(fakeOci).cluster(compartmentId, clusterId).build();
 * cluster.scaleNodePool(nodePoolId, 5);
 * SchedulingResult result = cluster.schedule("web", 300);
 * result.running();                                       // 240
 * result.pendingWith(PodStatus.FAILED_TO_CREATE_PRIVATE_IP); // 60
 * }</pre>
 */
package dev.okenet.testkit.scheduling;
