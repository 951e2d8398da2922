/**
 * A doctor for a live OKE cluster: {@link dev.okenet.doctor.ClusterDoctor} reads the cluster through a
 * fabric8 {@code KubernetesClient} and its OCI network through the provider's reading stack, and
 * explains each classic failure (pods Pending without pod IPs, LoadBalancer Services
 * {@code <pending>}, NetworkPolicies nothing enforces, backends Critical) as a
 * {@link dev.okenet.doctor.DoctorFinding} with an {@code OKE-DOCTOR-*} id, its evidence and the fix.
 *
 * <pre>{@code
 * DoctorReport report = ClusterDoctor.builder().kubernetes(kube).virtualNetwork(vn).containerEngine(ce).build()
 *     .examine(compartmentId, clusterId);
 * System.out.println(report.render());
 * }</pre>
 */
package dev.okenet.doctor;
