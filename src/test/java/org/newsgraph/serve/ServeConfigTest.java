package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.ConfigurationException;

class ServeConfigTest {

    private static final Path DB = Path.of("graph.db");

    @Test
    void loopbackNeedsNoPassword() {
        ServeConfig c = ServeConfig.local(DB);
        assertTrue(c.loopback());
        assertFalse(c.authEnabled());
        assertEquals("127.0.0.1", c.publicHost());
    }

    @Test
    void anotherAddressWithoutPasswordIsRefusedNamingTheFix() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new ServeConfig(DB, "0.0.0.0", 7687, 7474, 3030, null));
        assertTrue(e.getMessage().contains("NEWSGRAPH_PASSWORD"), e.getMessage());
        assertTrue(e.getMessage().contains("--password"), e.getMessage());
    }

    @Test
    void anotherAddressWithPasswordTurnsAuthOnAndAdvertisesAReachableHost() {
        ServeConfig c = new ServeConfig(DB, "0.0.0.0", 7687, 7474, 3030, "long-enough-secret");
        assertTrue(c.authEnabled());
        assertFalse(c.loopback());
        assertEquals("127.0.0.1", c.publicHost(), "the wildcard address is not a host to connect to");
    }

    @Test
    void anAddressOfAnotherMachineIsRefusedAsSuchNotAsAPortInUse() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new ServeConfig(DB, "8.8.8.8", 7687, 7474, 3030, "long-enough-secret"));
        assertTrue(e.getMessage().contains("8.8.8.8") && e.getMessage().contains("not an address of this machine"),
                e.getMessage());
        assertFalse(e.getMessage().contains("in use"), e.getMessage());
    }

    @Test
    void shortPasswordIsRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new ServeConfig(DB, "127.0.0.1", 7687, 7474, 3030, "short"));
        assertTrue(e.getMessage().contains("at least 8"), e.getMessage());
    }

    @Test
    void portsMustDifferAndBeInRange() {
        assertThrows(ConfigurationException.class, () -> new ServeConfig(DB, "127.0.0.1", 7474, 7474, 3030, null));
        assertThrows(ConfigurationException.class, () -> new ServeConfig(DB, "127.0.0.1", 0, 7474, 3030, null));
        assertThrows(ConfigurationException.class, () -> new ServeConfig(DB, "127.0.0.1", 7687, 70000, 3030, null));
    }

    @Test
    void passwordIsNotPrinted() {
        assertFalse(new ServeConfig(DB, "127.0.0.1", 7687, 7474, 3030, "long-enough-secret").toString()
                .contains("long-enough-secret"));
    }
}
