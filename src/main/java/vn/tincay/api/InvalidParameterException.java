package vn.tincay.api;

/** A query parameter that cannot be read; answered with 400 and the parameter's name (never its value). */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter) {
        super("Invalid parameter: " + parameter);
        this.parameter = parameter;
    }

    public String getParameter() {
        return parameter;
    }
}
