package fr.mosaic.consolidation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WhatIfAnalysisRepository extends JpaRepository<WhatIfAnalysis, Long> {

	List<WhatIfAnalysis> findByKindAndWeekStartOrderByIdDesc(WhatIfKind kind, LocalDate weekStart);

}
