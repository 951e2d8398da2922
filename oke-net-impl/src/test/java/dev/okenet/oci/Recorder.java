package dev.okenet.oci;

import com.oracle.bmc.core.VirtualNetwork;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Wraps a VirtualNetwork door and keeps every request it passes on, to assert on their content. */
final class Recorder {
  final List<Object> requests = new CopyOnWriteArrayList<>();

  VirtualNetwork wrap(VirtualNetwork vn) {
    return (VirtualNetwork) Proxy.newProxyInstance(VirtualNetwork.class.getClassLoader(), new Class<?>[] {VirtualNetwork.class},
        (proxy, method, args) -> {
          if (args != null && args.length == 1) {
            requests.add(args[0]);
          }
          try {
            return method.invoke(vn, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  <T> List<T> of(Class<T> type) {
    return requests.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
