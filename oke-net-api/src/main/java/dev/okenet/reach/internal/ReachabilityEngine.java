package dev.okenet.reach.internal;

import dev.okenet.internal.Require;
import dev.okenet.ResolvedNetwork;
import dev.okenet.reach.Endpoint;
import dev.okenet.reach.ExposedFlow;
import dev.okenet.reach.Reachability;
import dev.okenet.reach.Verdict;
import dev.okenet.vcn.Port;
import java.util.List;

/**
 * {@link Reachability} over one resolved network: compiles the rule sets, route tables and
 * policies once, caches resolved endpoints, and answers questions without touching the network
 * again. Immutable after construction except for the endpoint and Service caches, which are
 * concurrent. Users reach it through {@code ResolvedNetwork.reachability()}.
 *
 * <pre>{@code
 * Reachability reach = ReachabilityEngine.of(net);   // what net.reachability() builds and caches
 * }</pre>
 */
public final class ReachabilityEngine implements Reachability {
  private final ResolvedNetwork network;
  private final RuleIndex rules;
  private final Sites sites;
  private final Evaluator evaluator;

  private ReachabilityEngine(ResolvedNetwork network) {
    this.network = network;
    this.rules = new RuleIndex(network);
    this.sites = new Sites(network, rules);
    this.evaluator = new Evaluator(network, sites, rules);
  }

  /** Builds the indexes of {@code network}. */
  public static Reachability of(ResolvedNetwork network) {
    return new ReachabilityEngine(Require.notNull(network, "Reachability.of(network): network", "Give a resolved network: network.resolve()."));
  }

  @Override
  public From from(Endpoint source) {
    return new Question(Require.notNull(source, "Reachability.from(source): source", "Give a source endpoint, e.g. Endpoint.internet()."));
  }

  @Override
  public List<ExposedFlow> auditInternetIngress() {
    return new InternetAudit(rules, sites, network, evaluator).run();
  }

  @Override
  public List<Verdict> whoCanReach(Endpoint target, Port... ports) {
    Require.notNull(target, "Reachability.whoCanReach(target, ports): target", "Give the endpoint to ask about, e.g. Endpoint.service(\"shop\", \"web\").");
    Require.elements(ports, "Reachability.whoCanReach(target, ports)", "ports", "Give ports, e.g. Port.tcp(443), or none for every port.");
    return new WhoCanReach(network, sites, evaluator).run(target, List.of(ports));
  }

  @Override
  public String toString() {
    return "Reachability{" + network.name() + ": " + rules.size() + " rule sets, " + sites.subnets().size() + " subnets}";
  }

  /** The one class behind the {@code from(..).to(..).on(..)} steps. */
  private final class Question implements From, To {
    private final Endpoint source;
    private Endpoint destination;

    Question(Endpoint source) {
      this.source = source;
    }

    @Override
    public To to(Endpoint d) {
      this.destination = Require.notNull(d, "Reachability.from(..).to(destination): destination",
          "Give a destination endpoint, e.g. Endpoint.service(\"shop\", \"web\").");
      return this;
    }

    @Override
    public Verdict on(Port port) {
      Require.notNull(port, "Reachability.from(..).to(..).on(port): port", "Give a port, e.g. Port.tcp(443).");
      return evaluator.evaluate(source, destination, port);
    }
  }
}
