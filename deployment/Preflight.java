import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Checks what the launcher is about to use, so that a wrong setting ends in one line that names it
 * instead of a stack trace in the middle of Payara's start-up. Run by deployment/dap with the
 * MySQL driver on the class path:
 *
 * <pre>java -cp mysql-connector-j.jar Preflight.java tcp:8080:DAP_HTTP_PORT udp:5514:DAP_SYSLOG_UDP_PORT db</pre>
 *
 * Prints nothing and exits 0 when all is well; prints the reason and exits 1 otherwise.
 */
public class Preflight {

    public static void main(String[] args) {
        try {
            for (String check : args) {
                if (check.equals("db")) {
                    database(System.getenv("DAP_DB_URL"), System.getenv("DAP_DB_USER"), System.getenv("DAP_DB_PASSWORD"));
                } else {
                    String[] parts = check.split(":");
                    port(parts[0], Integer.parseInt(parts[1]), parts[2]);
                }
            }
        } catch (IllegalStateException refused) {
            System.out.println(refused.getMessage());
            System.exit(1);
        }
    }

    /** The port is free exactly when we can bind it ourselves. */
    private static void port(String protocol, int port, String variable) {
        try {
            if (protocol.equals("udp")) {
                new DatagramSocket(new InetSocketAddress(port)).close();
            } else {
                try (ServerSocket socket = new ServerSocket()) {
                    socket.setReuseAddress(true);
                    socket.bind(new InetSocketAddress(port));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(protocol.toUpperCase() + " port " + port + " is not free (" + e.getMessage()
                    + "); stop what uses it or set " + variable + " to another port");
        }
    }

    private static void database(String url, String user, String password) {
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(url, user, password == null ? "" : password)) {
            if (!connection.isValid(5)) {
                throw new IllegalStateException("the database at " + url + " does not answer");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot use the database at " + url + " (DAP_DB_URL): "
                    + e.getMessage().lines().findFirst().orElse(e.toString()));
        }
    }
}
