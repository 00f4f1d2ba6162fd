package dev.upstoxmcp.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The offline Upstox: answers {@code /sandbox/<Upstox path>} from the recorded stub mappings in
 * {@code sandbox-fixtures}, exactly as {@code api.upstox.com} would (envelopes, error codes, auth check). A subset of
 * WireMock's admin API switches scenarios, e.g. into "token-expired", when {@code upstox.sandbox.admin-enabled} is on.
 */
@Path("/sandbox")
@ApplicationScoped
public class SandboxResource {

    static final String UPSTOX_SCENARIO = "upstox";
    private static final Logger LOG = Logger.getLogger(SandboxResource.class.getName());

    @Inject
    ServletContext servletContext;

    @Inject
    @ConfigProperty(name = "upstox.sandbox.enabled")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "upstox.sandbox.admin-enabled")
    boolean adminEnabled;

    private final Scenarios scenarios = new Scenarios();
    private SandboxAnswers answers;

    @PostConstruct
    void load() {
        answers = new SandboxAnswers(new ServletContextFixtureFiles(servletContext));
        LOG.info(() -> "Sandbox loaded " + answers.mappings() + " stub mappings");
    }

    @GET
    @Path("{path: .+}")
    public Response get(@PathParam("path") String path, @Context HttpServletRequest http) {
        if (!enabled) return Response.status(Response.Status.NOT_FOUND).build();
        Map<String, List<String>> query = new HashMap<>();
        http.getParameterMap().forEach((name, values) -> query.put(name, List.of(values)));
        SandboxRequest request = new SandboxRequest("GET", "/" + path, http.getQueryString(), query,
                http::getHeader);
        return answers.answer(request, scenarios)
                .map(stub -> {
                    Response.ResponseBuilder response = Response.status(stub.status()).entity(stub.body());
                    stub.headers().forEach(response::header);
                    return response.build();
                })
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                        .entity("{\"sandbox\":\"no stub mapping matches this request\"}").build());
    }

    /** WireMock: {@code PUT /__admin/scenarios/{name}/state} with {@code {"state": "..."}}. */
    @PUT
    @Path("__admin/scenarios/{name}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setScenarioState(@PathParam("name") String name, String body) {
        if (!adminEnabled) return Response.status(Response.Status.NOT_FOUND).build();
        String state = ScenarioStateRequest.stateIn(body);
        if (state == null) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity("{\"error\":\"send {\\\"state\\\": \\\"<state>\\\"}\"}").build();
        }
        scenarios.set(name, state);
        return Response.ok().build();
    }

    /** WireMock: {@code POST /__admin/scenarios/reset}. */
    @POST
    @Path("__admin/scenarios/reset")
    public Response resetScenarios() {
        if (!adminEnabled) return Response.status(Response.Status.NOT_FOUND).build();
        scenarios.resetAll();
        return Response.ok().build();
    }

    /** WireMock: {@code GET /__admin/scenarios}. */
    @GET
    @Path("__admin/scenarios")
    @Produces(MediaType.APPLICATION_JSON)
    public Response scenarios() {
        if (!adminEnabled) return Response.status(Response.Status.NOT_FOUND).build();
        List<Map<String, String>> list = scenarios.snapshot().entrySet().stream()
                .map(entry -> Map.of("name", entry.getKey(), "state", entry.getValue()))
                .toList();
        return Response.ok(Map.of("scenarios", list)).build();
    }
}
