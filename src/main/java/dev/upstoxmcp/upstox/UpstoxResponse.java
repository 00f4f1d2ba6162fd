package dev.upstoxmcp.upstox;

/**
 * Upstox's success envelope {@code {"status":"success","data":…}}. Error envelopes never reach this type: the
 * {@link UpstoxErrorMapper} turns them into exceptions. A class rather than a record because JSON-B (Yasson) cannot
 * resolve a record's type variable, but does resolve a generic property.
 */
public class UpstoxResponse<T> {

    static final String SUCCESS = "success";

    private String status;
    private T data;

    public UpstoxResponse() {}

    public UpstoxResponse(String status, T data) {
        this.status = status;
        this.data = data;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public T getData() {
        return data;
    }

    public void setData(T data) {
        this.data = data;
    }
}
