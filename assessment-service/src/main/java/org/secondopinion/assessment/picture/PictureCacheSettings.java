package org.secondopinion.assessment.picture;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param entries how many resource versions' picture records are kept in memory, so that a re-assessment parses
 * only the resources that changed since the patient's last one; 0 turns the cache off
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.picture-cache")
record PictureCacheSettings(@PositiveOrZero int entries) {
}
