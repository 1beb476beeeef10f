package org.newsgraph;

/** A setting, option or resource (a model, the knowledge base, a query file) that is missing or wrong. */
public class ConfigurationException extends NewsgraphException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
