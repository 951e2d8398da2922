package dev.okenet.testkit.internal.nlb;

import com.oracle.bmc.networkloadbalancer.model.Backend;
import com.oracle.bmc.networkloadbalancer.model.BackendCollection;
import com.oracle.bmc.networkloadbalancer.model.BackendSet;
import com.oracle.bmc.networkloadbalancer.model.BackendSetCollection;
import com.oracle.bmc.networkloadbalancer.model.CreateBackendDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateBackendSetDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateListenerDetails;
import com.oracle.bmc.networkloadbalancer.model.Listener;
import com.oracle.bmc.networkloadbalancer.model.ListenerCollection;
import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.requests.CreateBackendRequest;
import com.oracle.bmc.networkloadbalancer.requests.CreateBackendSetRequest;
import com.oracle.bmc.networkloadbalancer.requests.CreateListenerRequest;
import com.oracle.bmc.networkloadbalancer.requests.DeleteBackendRequest;
import com.oracle.bmc.networkloadbalancer.requests.DeleteBackendSetRequest;
import com.oracle.bmc.networkloadbalancer.requests.DeleteListenerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetBackendSetRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetListenerRequest;
import com.oracle.bmc.networkloadbalancer.requests.ListBackendSetsRequest;
import com.oracle.bmc.networkloadbalancer.requests.ListBackendsRequest;
import com.oracle.bmc.networkloadbalancer.requests.ListListenersRequest;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Listeners, backend sets and backends of an NLB. Each change is a work request on the NLB, and
 * while one is in flight another gets 409 IncorrectState. Names are unique per NLB (409 Conflict);
 * a backend set a listener uses cannot be deleted.
 */
final class NlbComponents {
    private final World world;
    private final NlbPart nlbs;

    NlbComponents(World world, NlbPart nlbs) {
        this.world = world;
        this.nlbs = nlbs;
    }

    void register(OperationTable table) {
        table.on("createListener", CreateListenerRequest.class, this::createListener)
                .on("getListener", GetListenerRequest.class, r -> read(r.getNetworkLoadBalancerId(), r.getIfNoneMatch(),
                        nlb -> Reply.of(listener(nlb, r.getListenerName())).etag(nlb.etag())))
                .on("listListeners", ListListenersRequest.class, r -> read(r.getNetworkLoadBalancerId(),
                        r.getIfNoneMatch(), nlb -> {
                            var page = world.listing().slice(sorted(nlb.model().getListeners().values(), Listener::getName,
                                    r.getSortBy() == null ? null : r.getSortBy().getValue(), r.getSortOrder()),
                                    r.getLimit(), r.getPage());
                            return Reply.of(ListenerCollection.builder().items(page.items().stream()
                                    .map(NlbModels::summary).toList()).build()).nextPage(page.nextPage());
                        }))
                .on("deleteListener", DeleteListenerRequest.class, this::deleteListener)
                .on("createBackendSet", CreateBackendSetRequest.class, this::createBackendSet)
                .on("getBackendSet", GetBackendSetRequest.class, r -> read(r.getNetworkLoadBalancerId(),
                        r.getIfNoneMatch(), nlb -> Reply.of(backendSet(nlb, r.getBackendSetName())).etag(nlb.etag())))
                .on("listBackendSets", ListBackendSetsRequest.class, r -> read(r.getNetworkLoadBalancerId(),
                        r.getIfNoneMatch(), nlb -> {
                            var page = world.listing().slice(sorted(nlb.model().getBackendSets().values(),
                                    BackendSet::getName, r.getSortBy() == null ? null : r.getSortBy().getValue(),
                                    r.getSortOrder()), r.getLimit(), r.getPage());
                            return Reply.of(BackendSetCollection.builder().items(page.items().stream()
                                    .map(NlbModels::summary).toList()).build()).nextPage(page.nextPage());
                        }))
                .on("deleteBackendSet", DeleteBackendSetRequest.class, this::deleteBackendSet)
                .on("createBackend", CreateBackendRequest.class, this::createBackend)
                .on("listBackends", ListBackendsRequest.class, r -> read(r.getNetworkLoadBalancerId(), r.getIfNoneMatch(),
                        nlb -> {
                            BackendSet set = backendSet(nlb, r.getBackendSetName());
                            var page = world.listing().slice(sorted(set.getBackends(), Backend::getName,
                                    r.getSortBy() == null ? null : r.getSortBy().getValue(), r.getSortOrder()),
                                    r.getLimit(), r.getPage());
                            return Reply.of(BackendCollection.builder().items(page.items().stream()
                                    .map(NlbModels::summary).toList()).build()).nextPage(page.nextPage());
                        }))
                .on("deleteBackend", DeleteBackendRequest.class, this::deleteBackend);
    }

    /**
     * A read of part of an NLB, whose etag is the NLB's: 304 Not Modified, without a body, when
     * {@code ifNoneMatch} is that etag (the requests' {@code ifNoneMatch} javadoc: "If the
     * condition fails for the GET and HEAD methods, then the system returns the HTTP status code
     * 304 (Not Modified)").
     */
    private Reply read(String nlbId, String ifNoneMatch, Function<Resource<NetworkLoadBalancer>, Reply> answer) {
        Resource<NetworkLoadBalancer> nlb = live(nlbId);
        if (ifNoneMatch != null && ifNoneMatch.equals(nlb.etag())) {
            return Reply.of(null).status(304).etag(nlb.etag());
        }
        return answer.apply(nlb);
    }

    /**
     * Listeners, backend sets or backends in the order asked for. The list requests' {@code
     * sortBy}: "If no value is specified, then timeCreated is the default"; "The default order for
     * timeCreated is descending. The default order for displayName is ascending." {@code items}
     * come in creation order; a name is their display name.
     */
    static <T> List<T> sorted(java.util.Collection<T> items, Function<T, String> name, String sortBy,
            com.oracle.bmc.networkloadbalancer.model.SortOrder sortOrder) {
        List<T> ordered = new ArrayList<>(items);
        boolean byName = "displayName".equals(sortBy);
        if (byName) {
            ordered.sort(java.util.Comparator.comparing(name));
        }
        boolean ascending = sortOrder == null ? byName
                : sortOrder == com.oracle.bmc.networkloadbalancer.model.SortOrder.Asc;
        if (!ascending) {
            java.util.Collections.reverse(ordered);
        }
        return ordered;
    }

    private Resource<NetworkLoadBalancer> live(String id) {
        return nlbs.requireLive(id, "networkLoadBalancerId", "the request");
    }

    private Resource<NetworkLoadBalancer> mutable(String id, String ifMatch, String operation) {
        return nlbs.requireMutable(id, "networkLoadBalancerId", operation, ifMatch);
    }

    private static Listener listener(Resource<NetworkLoadBalancer> nlb, String name) {
        Listener listener = name == null ? null : nlb.model().getListeners().get(name);
        if (listener == null) {
            throw OciErrors.notFound("listener", name + " of " + nlb.id());
        }
        return listener;
    }

    private static BackendSet backendSet(Resource<NetworkLoadBalancer> nlb, String name) {
        BackendSet set = name == null ? null : nlb.model().getBackendSets().get(name);
        if (set == null) {
            throw OciErrors.notFound("backend set", name + " of " + nlb.id());
        }
        return set;
    }

    private Reply createListener(CreateListenerRequest request) {
        Resource<NetworkLoadBalancer> nlb = mutable(request.getNetworkLoadBalancerId(), request.getIfMatch(), "CreateListener");
        CreateListenerDetails details = request.getCreateListenerDetails();
        if (details == null || details.getName() == null) {
            throw OciErrors.missing("name", "CreateListenerDetails");
        }
        NetworkLoadBalancer current = nlb.model();
        if (current.getListeners().containsKey(details.getName())) {
            throw OciErrors.conflict("The " + nlb + " already has a listener named '" + details.getName()
                    + "'; choose another name or update that listener.");
        }
        Listener listener = NlbModels.listener(details);
        NlbPart.validListener(details.getName(), com.oracle.bmc.networkloadbalancer.model.ListenerDetails.builder()
                .name(listener.getName()).defaultBackendSetName(listener.getDefaultBackendSetName())
                .port(listener.getPort()).protocol(listener.getProtocol()).build(), current.getBackendSets());
        Map<String, Listener> listeners = new LinkedHashMap<>(current.getListeners());
        listeners.put(details.getName(), listener);
        return nlbs.change(nlb, "CREATE_LISTENER", current.toBuilder().listeners(listeners).build());
    }

    private Reply deleteListener(DeleteListenerRequest request) {
        Resource<NetworkLoadBalancer> nlb = mutable(request.getNetworkLoadBalancerId(), request.getIfMatch(), "DeleteListener");
        listener(nlb, request.getListenerName());
        Map<String, Listener> listeners = new LinkedHashMap<>(nlb.model().getListeners());
        listeners.remove(request.getListenerName());
        return nlbs.change(nlb, "DELETE_LISTENER", nlb.model().toBuilder().listeners(listeners).build());
    }

    private Reply createBackendSet(CreateBackendSetRequest request) {
        Resource<NetworkLoadBalancer> nlb = mutable(request.getNetworkLoadBalancerId(), request.getIfMatch(),
                "CreateBackendSet");
        CreateBackendSetDetails details = request.getCreateBackendSetDetails();
        if (details == null || details.getName() == null) {
            throw OciErrors.missing("name", "CreateBackendSetDetails");
        }
        NetworkLoadBalancer current = nlb.model();
        if (current.getBackendSets().containsKey(details.getName())) {
            throw OciErrors.conflict("The " + nlb + " already has a backend set named '" + details.getName()
                    + "'; choose another name or update that backend set.");
        }
        NlbRules.requireBackendSetName(details.getName(), "CreateBackendSetDetails");
        // policy is a required field of CreateBackendSetDetails (OCI API reference), unlike BackendSetDetails'.
        if (details.getPolicy() == null) {
            throw OciErrors.missing("policy", "CreateBackendSetDetails for '" + details.getName()
                    + "' (FIVE_TUPLE, THREE_TUPLE or TWO_TUPLE)");
        }
        BackendSet set = NlbRules.backendSet(NlbModels.backendSet(details),
                Boolean.TRUE.equals(current.getIsPreserveSourceDestination()), "backend set '" + details.getName() + "'");
        Map<String, BackendSet> sets = new LinkedHashMap<>(current.getBackendSets());
        sets.put(details.getName(), set);
        return nlbs.change(nlb, "CREATE_BACKENDSET", current.toBuilder().backendSets(sets).build());
    }

    private Reply deleteBackendSet(DeleteBackendSetRequest request) {
        Resource<NetworkLoadBalancer> nlb = mutable(request.getNetworkLoadBalancerId(), request.getIfMatch(),
                "DeleteBackendSet");
        backendSet(nlb, request.getBackendSetName());
        nlb.model().getListeners().values().stream()
                .filter(l -> request.getBackendSetName().equals(l.getDefaultBackendSetName())).findFirst()
                .ifPresent(l -> {
                    throw OciErrors.conflict("Backend set '" + request.getBackendSetName() + "' of " + nlb
                            + " is used by listener '" + l.getName() + "'; delete or repoint the listener first.");
                });
        Map<String, BackendSet> sets = new LinkedHashMap<>(nlb.model().getBackendSets());
        sets.remove(request.getBackendSetName());
        return nlbs.change(nlb, "DELETE_BACKENDSET", nlb.model().toBuilder().backendSets(sets).build());
    }

    private Reply createBackend(CreateBackendRequest request) {
        Resource<NetworkLoadBalancer> nlb = mutable(request.getNetworkLoadBalancerId(), request.getIfMatch(), "CreateBackend");
        BackendSet set = backendSet(nlb, request.getBackendSetName());
        CreateBackendDetails details = request.getCreateBackendDetails();
        if (details == null) {
            throw OciErrors.missing("createBackendDetails", "CreateBackend");
        }
        Backend backend = NlbModels.backend(details);
        NlbRules.requireBackend(backend, set.getHealthChecker(), Boolean.TRUE.equals(nlb.model()
                .getIsPreserveSourceDestination()), "backend set '" + set.getName() + "'");
        if (set.getBackends().stream().anyMatch(b -> b.getName().equals(backend.getName()))) {
            throw OciErrors.conflict("Backend set '" + set.getName() + "' already has backend '" + backend.getName() + "'.");
        }
        List<Backend> backends = new ArrayList<>(set.getBackends());
        backends.add(backend);
        return replaceSet(nlb, set.toBuilder().backends(backends).build(), "CREATE_BACKEND");
    }

    private Reply deleteBackend(DeleteBackendRequest request) {
        Resource<NetworkLoadBalancer> nlb = mutable(request.getNetworkLoadBalancerId(), request.getIfMatch(), "DeleteBackend");
        BackendSet set = backendSet(nlb, request.getBackendSetName());
        List<Backend> backends = new ArrayList<>(set.getBackends());
        if (!backends.removeIf(b -> b.getName().equals(request.getBackendName()))) {
            throw OciErrors.notFound("backend", request.getBackendName() + " of backend set " + set.getName());
        }
        return replaceSet(nlb, set.toBuilder().backends(backends).build(), "DELETE_BACKEND");
    }

    private Reply replaceSet(Resource<NetworkLoadBalancer> nlb, BackendSet set, String operation) {
        Map<String, BackendSet> sets = new LinkedHashMap<>(nlb.model().getBackendSets());
        sets.put(set.getName(), set);
        return nlbs.change(nlb, operation, nlb.model().toBuilder().backendSets(sets).build());
    }
}
