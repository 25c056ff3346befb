{{/*
Names. Each service's objects carry the service's own name (intake-service, ...): it is also its Kafka principal,
its MongoDB user and its client id in the realm, so one release per namespace.
*/}}

{{- define "gbv.chart" -}}
{{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "gbv.labels" -}}
helm.sh/chart: {{ include "gbv.chart" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: gbv-referral
{{- end }}

{{/* The labels that select a service's pods. Call with (dict "root" $ "name" $name). */}}
{{- define "gbv.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{/* Selects the four services' pods (and no other): the default-deny policy and Kafka's listener use it. */}}
{{- define "gbv.servicePodLabels" -}}
app.kubernetes.io/part-of: gbv-referral
app.kubernetes.io/component: service
{{- end }}

{{/* A service's settings: serviceDefaults overlaid with services.<name>. Call with (dict "root" $ "name" $name). */}}
{{- define "gbv.service" -}}
{{- $svc := index .root.Values.services .name -}}
{{- toYaml (mergeOverwrite (deepCopy .root.Values.serviceDefaults) (deepCopy $svc)) -}}
{{- end }}

{{- define "gbv.image" -}}
{{ printf "%s/%s:%s" .root.Values.image.repository .name (default .root.Chart.AppVersion .root.Values.image.tag) }}
{{- end }}

{{/* The topic table (files/topics.yaml). */}}
{{- define "gbv.topics" -}}
{{ .Files.Get "files/topics.yaml" }}
{{- end }}

{{- define "gbv.deadLetter" -}}
{{ printf "%s.dlt" . }}
{{- end }}

{{/* Kafka bootstrap address, CA Secret. */}}
{{- define "gbv.kafka.bootstrap" -}}
{{- if .Values.kafka.bootstrapServers -}}
{{ .Values.kafka.bootstrapServers }}
{{- else if .Values.kafka.create -}}
{{ printf "%s-kafka-bootstrap:%v" .Values.kafka.clusterName .Values.kafka.port }}
{{- else -}}
{{ fail "kafka.bootstrapServers is required when kafka.create is false" }}
{{- end -}}
{{- end }}

{{- define "gbv.kafka.caSecretName" -}}
{{- if .Values.kafka.caSecret.name -}}
{{ .Values.kafka.caSecret.name }}
{{- else if .Values.kafka.create -}}
{{ printf "%s-cluster-ca-cert" .Values.kafka.clusterName }}
{{- end -}}
{{- end }}

{{/* MongoDB hosts (host:port,...) and replica set name. */}}
{{- define "gbv.mongodb.hosts" -}}
{{- if .Values.mongodb.create -}}
{{- $hosts := list -}}
{{- range $i := until (int .Values.mongodb.members) -}}
{{- $hosts = append $hosts (printf "%s-%d.%s-svc.%s.svc.cluster.local:%v" $.Values.mongodb.name $i $.Values.mongodb.name $.Release.Namespace $.Values.mongodb.port) -}}
{{- end -}}
{{ join "," $hosts }}
{{- else -}}
{{ required "mongodb.hosts is required when mongodb.create is false" (join "," .Values.mongodb.hosts) }}
{{- end -}}
{{- end }}

{{- define "gbv.mongodb.replicaSet" -}}
{{- if .Values.mongodb.create -}}
{{ .Values.mongodb.name }}
{{- else -}}
{{ required "mongodb.replicaSet is required when mongodb.create is false" .Values.mongodb.replicaSet }}
{{- end -}}
{{- end }}

{{/* Identity provider: issuer (what tokens say), JWK set and token endpoints (where the services fetch them). */}}
{{- define "gbv.idp.issuer" -}}
{{- if .Values.identityProvider.issuerUri -}}
{{ .Values.identityProvider.issuerUri }}
{{- else if .Values.keycloak.create -}}
{{ printf "https://%s/realms/gbv" .Values.keycloak.hostname }}
{{- else -}}
{{ fail "identityProvider.issuerUri is required when keycloak.create is false" }}
{{- end -}}
{{- end }}

{{- define "gbv.idp.internalBase" -}}
{{ printf "https://%s-service.%s.svc:%v/realms/gbv" .Values.keycloak.name .Release.Namespace .Values.identityProvider.port }}
{{- end }}

{{- define "gbv.idp.jwkSet" -}}
{{- if .Values.identityProvider.jwkSetUri -}}
{{ .Values.identityProvider.jwkSetUri }}
{{- else if .Values.keycloak.create -}}
{{ include "gbv.idp.internalBase" . }}/protocol/openid-connect/certs
{{- else -}}
{{ include "gbv.idp.issuer" . }}/protocol/openid-connect/certs
{{- end -}}
{{- end }}

{{- define "gbv.idp.token" -}}
{{- if .Values.identityProvider.tokenUri -}}
{{ .Values.identityProvider.tokenUri }}
{{- else if .Values.keycloak.create -}}
{{ include "gbv.idp.internalBase" . }}/protocol/openid-connect/token
{{- else -}}
{{ include "gbv.idp.issuer" . }}/protocol/openid-connect/token
{{- end -}}
{{- end }}

{{/*
The CAs the services must trust, as a list of volumes (Secret or ConfigMap, key). An init container imports them
into a copy of the JVM's default trust store, which the Kafka client, the MongoDB driver and the JWT decoder all use.
*/}}
{{- define "gbv.trustedCAs" -}}
{{- $cas := list -}}
{{- $kafkaCa := include "gbv.kafka.caSecretName" . -}}
{{- if $kafkaCa -}}
{{- $cas = append $cas (dict "name" "kafka-ca" "secret" $kafkaCa "key" .Values.kafka.caSecret.key) -}}
{{- end -}}
{{- if .Values.mongodb.create -}}
{{- $cas = append $cas (dict "name" "mongodb-ca" "configMap" .Values.mongodb.tls.caConfigMap "key" "ca.crt") -}}
{{- else if .Values.mongodb.caSecret.name -}}
{{- $cas = append $cas (dict "name" "mongodb-ca" "secret" .Values.mongodb.caSecret.name "key" .Values.mongodb.caSecret.key) -}}
{{- end -}}
{{- if .Values.keycloak.caSecret.name -}}
{{- $cas = append $cas (dict "name" "idp-ca" "secret" .Values.keycloak.caSecret.name "key" .Values.keycloak.caSecret.key) -}}
{{- end -}}
{{ toYaml (dict "cas" $cas) }}
{{- end }}

{{/* The realm import's placeholder for a confidential client's secret (keycloak.yaml), e.g. GBV_CLIENT_SECRET_INTAKE_SERVICE. */}}
{{- define "gbv.realm.placeholder" -}}
{{ printf "GBV_CLIENT_SECRET_%s" (. | upper | replace "-" "_" | replace "." "_") }}
{{- end }}
