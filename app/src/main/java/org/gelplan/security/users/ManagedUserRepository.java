package org.gelplan.security.users;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ManagedUserRepository extends MongoRepository<ManagedUserDocument, String> {
}
