package warta.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import warta.core.Warta;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.inspect.Inspection;

/**
 * Ready when the inspection pipeline works end to end: a built-in two-sentence Indonesian
 * paragraph is cleaned, identified as Indonesian, split and chunked on each call. The first call
 * loads the language model and the tokenizer vocabulary (about a second), so it also warms the
 * server up; later calls take a millisecond or two.
 */
@Readiness
@ApplicationScoped
public class InspectionReadinessCheck implements HealthCheck {

    static final String NAME = "inspection pipeline";
    private static final String SAMPLE = "Pemerintah kota meresmikan taman baru di pusat kota pada hari Senin. "
            + "Warga menyambut baik taman itu karena udara di sekitarnya menjadi lebih sejuk.";

    private static final Logger LOG = Logger.getLogger(InspectionReadinessCheck.class);

    private final Warta warta;

    InspectionReadinessCheck(Warta warta) {
        this.warta = warta;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Inspection inspection = warta.inspect(Article.text(Source.inline(), SAMPLE));
            String language = inspection.article().language().code();
            boolean up = "id".equals(language)
                    && inspection.sentences().size() == 2
                    && !inspection.chunks().isEmpty();
            return HealthCheckResponse.named(NAME)
                    .status(up)
                    .withData("language", language)
                    .withData("sentences", inspection.sentences().size())
                    .build();
        } catch (RuntimeException e) {
            LOG.error("the inspection pipeline failed its readiness check", e);
            return HealthCheckResponse.named(NAME).down().build();
        }
    }
}
