package dev.okenet.render;

import dev.okenet.internal.Require;
import dev.okenet.ResolvedNetwork;
import dev.okenet.render.internal.NetworkFlowchart;

/**
 * A Mermaid flowchart of a resolved network, which GitHub draws in Markdown (a
 * {@code ```mermaid} block): the VCN with its subnets by role, CIDR and visibility; the internet,
 * NAT and service gateways; one edge per subnet and gateway its route table uses, labelled with
 * the destinations; the DRG with its on-premises and remote-peering attachments; local peering
 * gateways and their peers; and each LoadBalancer Service pointing at its load balancer subnet
 * (a crossed edge when the network has no subnet for it).
 *
 * <pre>{@code
 * String mermaid = MermaidDiagram.of(prod.resolve()).render();
 * // flowchart LR
 * //   subgraph n_vcn["VCN prod-vcn · 10.0.0.0/16"]
 * //     n_subnet_workers["workers subnet<br/>10.0.4.0/22 · private"]
 * //   ...
 * //   n_subnet_workers -->|"0.0.0.0/0"| n_nat
 * Files.writeString(Path.of("network.md"), "```mermaid\n" + mermaid + "```\n");
 * }</pre>
 */
public final class MermaidDiagram {
  private final ResolvedNetwork network;

  private MermaidDiagram(ResolvedNetwork network) {
    this.network = network;
  }

  /** A diagram of {@code network}. */
  public static MermaidDiagram of(ResolvedNetwork network) {
    return new MermaidDiagram(Require.notNull(network, "MermaidDiagram.of(network): network", "Pass okeNetwork.resolve()."));
  }

  /** The Mermaid text, starting with "flowchart LR" and ending with a newline. */
  public String render() {
    return NetworkFlowchart.draw(network);
  }

  @Override
  public String toString() {
    return render();
  }
}
