package org.gelplan.security.users;

import org.springframework.data.mongodb.repository.MongoRepository;

interface UserCredentialsRepository extends MongoRepository<UserCredentials, String> {
}
