package org.waymark.syslog.adapter;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkManager;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.transaction.xa.XAResource;

/**
 * Receives syslog for message-driven beans: each activation (one MDB) gets its own listener.
 * Threads come from the container's {@link WorkManager}, never from the adapter itself.
 */
public class SyslogResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(SyslogResourceAdapter.class.getName());

    private final Map<MessageEndpointFactory, Listener> listeners = new ConcurrentHashMap<>();
    private WorkManager workManager;

    @Override
    public void start(BootstrapContext context) {
        this.workManager = context.getWorkManager();
    }

    @Override
    public void stop() {
        listeners.values().forEach(listener -> {
            listener.stop();
            unregister(listener.describe());
        });
        listeners.clear();
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec activationSpec) throws ResourceException {
        if (!(activationSpec instanceof SyslogActivationSpec spec)) {
            throw new NotSupportedException("not a syslog activation spec: " + activationSpec);
        }
        spec.validate();
        InetSocketAddress address = new InetSocketAddress(spec.getBindAddress(), spec.effectivePort(System.getenv()));
        Delivery delivery = new Delivery(factory, spec.effectiveTimeZone(System.getenv()));
        Listener listener;
        if ("tls".equals(spec.getProtocol())) {
            TlsSettings tls = spec.effectiveTls(System.getenv());
            if (tls == null) {
                LOG.info(() -> "syslog over TLS is off: " + spec.getKeyStoreVariable() + " names no key store");
                return;
            }
            listener = new TcpListener(address, "tls", tls, spec, spec.effectiveAllowedNetworks(System.getenv()), delivery);
        } else if ("tcp".equals(spec.getProtocol()) || "relp".equals(spec.getProtocol())) {
            listener = new TcpListener(address, spec.getProtocol(), null, spec, spec.effectiveAllowedNetworks(System.getenv()), delivery);
        } else {
            listener = new UdpListener(address, spec.getMaxMessageSize(), spec.effectiveAllowedNetworks(System.getenv()), delivery);
        }
        listener.start(workManager);
        listeners.put(factory, listener);
        register(listener.describe(), delivery.counters);
        LOG.info(() -> "syslog listener " + listener.describe() + " started");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        Listener listener = listeners.remove(factory);
        if (listener != null) {
            listener.stop();
            unregister(listener.describe());
        }
    }

    /** The listener's counters in JMX; monitoring without them is poorer, but syslog still flows. */
    private static void register(String listener, ListenerCounters counters) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = metricsName(listener);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(counters, name);
        } catch (JMException e) {
            LOG.log(Level.WARNING, "the counters of syslog listener " + listener + " are not in JMX", e);
        }
    }

    private static void unregister(String listener) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = metricsName(listener);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
        } catch (JMException e) {
            LOG.log(Level.FINE, "unregistering the counters of syslog listener " + listener, e);
        }
    }

    static ObjectName metricsName(String listener) throws MalformedObjectNameException {
        return new ObjectName("org.waymark.syslog:type=Listener,name=" + ObjectName.quote(listener));
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return null; // delivery is not transactional
    }

    // The container compares resource adapter JavaBeans; this one has no configuration properties.
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
