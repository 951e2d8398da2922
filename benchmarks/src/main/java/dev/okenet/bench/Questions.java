package dev.okenet.bench;

import dev.okenet.reach.Endpoint;
import dev.okenet.reach.Reachability;
import dev.okenet.reach.Verdict;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SubnetRole;
import java.util.List;

/**
 * A fixed mix of reachability questions about {@code prod}, the kinds users ask: pods to pods and
 * Services under NetworkPolicy, pods and nodes to the internet and the service network, the
 * internet and on-premises to load balancers and the API endpoint, node pool to node pool. Some are
 * allowed and some denied, so both outcomes' traces are in the measurement.
 *
 * <pre>{@code
 * Verdict v = Questions.PROD.get(0).ask(ReferenceNetworks.prod().resolve().reachability());
 * }</pre>
 */
public final class Questions {
  /** One question: from, to, on. */
  public record Question(Endpoint from, Endpoint to, Port port) {
    /** The verdict {@code reach} gives. */
    public Verdict ask(Reachability reach) {
      return reach.from(from).to(to).on(port);
    }
  }

  /** The mix about {@code prod}. */
  public static final List<Question> PROD = List.of(
      new Question(Endpoint.pods("shop", "app=web"), Endpoint.service("shop", "api"), Port.tcp(8080)),
      new Question(Endpoint.pods("shop", "app=web"), Endpoint.pods("shop", "app=api"), Port.tcp(8080)),
      new Question(Endpoint.pods("shop", "app=api"), Endpoint.pods("shop", "app=web"), Port.tcp(8443)),
      new Question(Endpoint.pods("shop", "app=web"), Endpoint.internet(), Port.HTTPS),
      new Question(Endpoint.internet(), Endpoint.loadBalancer("shop", "web"), Port.HTTPS),
      new Question(Endpoint.internet(), Endpoint.apiEndpoint(), Port.tcp(6443)),
      new Question(Endpoint.onPremises(), Endpoint.apiEndpoint(), Port.tcp(6443)),
      new Question(Endpoint.nodes("general"), Endpoint.apiEndpoint(), Port.tcp(12250)),
      new Question(Endpoint.nodes("general"), Endpoint.serviceNetwork(), Port.HTTPS),
      new Question(Endpoint.nodes("batch"), Endpoint.nodes("general"), Port.tcp(10250)),
      new Question(Endpoint.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS), Endpoint.nodes("general"), Port.tcp(31000)),
      new Question(Endpoint.internet(), Endpoint.subnet("bastion"), Port.SSH));

  private Questions() {}
}
