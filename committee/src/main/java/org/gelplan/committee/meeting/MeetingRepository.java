package org.gelplan.committee.meeting;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MeetingRepository extends MongoRepository<MeetingDocument, String> {
}
