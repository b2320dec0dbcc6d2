package org.secondopinion.gateway.sync;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SyncStatusController {

	private final SyncStateRepository state;

	SyncStatusController(SyncStateRepository state) {
		this.state = state;
	}

	/** Per EHR and resource type: watermark, resources seen, lag and the last error. */
	@GetMapping("/api/v1/sync")
	List<SyncStatus> status() {
		return state.all();
	}

}
